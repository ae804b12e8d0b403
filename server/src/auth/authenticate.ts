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
}

export function authenticate(db: Database) {
  return async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    if (!token || token.length > 200) throw new SyncRefusal(401, 'no-token', 'This device is not enrolled.');
    const device = await deviceForToken(db, token);
    if (!device)
      throw new SyncRefusal(401, 'unknown-token', 'This device no longer has access. Ask staff to enrol it again.');
    request.device = device;
  };
}
