import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  protocolHeader,
  pullRequestSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  syncProtocolVersion,
} from '../../../src/domain/sync-protocol';
import { authenticate } from '../auth/authenticate';
import type { Database } from '../db/database';
import { pokeRoute } from './poke-route';
import { pullChanges } from './pull';
import { applyPush } from './push';
import { SyncRefusal } from './sync-refusal';

interface SyncRouteOptions {
  db: Database;
  now: () => number;
  pokeHeartbeatMs: number;
}

export const syncRoutes: FastifyPluginAsync<SyncRouteOptions> = async (plugin, { db, now, pokeHeartbeatMs }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  // A device on another protocol version would misread or be misread: tell it to update first.
  app.addHook('onRequest', async (request) => {
    if (request.headers[protocolHeader] !== String(syncProtocolVersion)) {
      throw new SyncRefusal(426, 'update-app', 'This version of Rådet cannot sync with the server. Update the app.');
    }
  });
  app.addHook('onRequest', authenticate(db));

  app.post('/push', { schema: { body: pushRequestSchema, response: { 200: pushResponseSchema } } }, async (request) =>
    applyPush(db, request.device!, request.body.mutations, now()),
  );

  app.post('/pull', { schema: { body: pullRequestSchema, response: { 200: pullResponseSchema } } }, async (request) =>
    pullChanges(db, request.device!, request.body.cursor, request.body.limit),
  );

  await app.register(pokeRoute, { db, heartbeatMs: pokeHeartbeatMs });
};
