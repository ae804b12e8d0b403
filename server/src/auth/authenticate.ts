// Every request names its device by a bearer token; the server looks it up each time and never
// trusts anything else the client says about who it is or which facility it belongs to.
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import { SyncRefusal } from '../sync/sync-refusal';
import { deviceForToken, type Device } from './devices';

declare module 'fastify' {
  interface FastifyRequest {
    device?: Device;
  }
  interface FastifyContextConfig {
    /**
     * The route's own statement looks up the bearer token (see pull.ts), so the shared hook only
     * checks that there is one: a pull is then one round trip to the database instead of two.
     */
    looksUpTokenItself?: boolean;
  }
}

export const unknownToken = () =>
  new SyncRefusal(401, 'unknown-token', 'This device no longer has access. Ask staff to enrol it again.');

/** The request's bearer token, or a refusal when it has none that could be one. */
export function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  if (!token || token.length > 200) throw new SyncRefusal(401, 'no-token', 'This device is not enrolled.');
  return token;
}

export function authenticate(db: Database) {
  return async (request: FastifyRequest) => {
    const token = bearerToken(request);
    if (request.routeOptions.config.looksUpTokenItself) return;
    const device = await deviceForToken(db, token);
    if (!device) throw unknownToken();
    request.device = device;
  };
}
