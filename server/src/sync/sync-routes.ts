import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pullRequestSchema, pushRequestSchema, pushResponseSchema } from '../../../src/domain/sync-protocol';
import { requireDevice } from '../auth/require-device';
import type { Database } from '../db/database';
import { overwrittenRoutes } from './overwritten-routes';
import { pokeRoute } from './poke-route';
import { pullPageJson } from './pull';
import { applyPush } from './push';

interface SyncRouteOptions {
  db: Database;
  now: () => number;
  pokeHeartbeatMs: number;
}

export const syncRoutes: FastifyPluginAsync<SyncRouteOptions> = async (plugin, { db, now, pokeHeartbeatMs }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  requireDevice(app, db);

  app.post('/push', { schema: { body: pushRequestSchema, response: { 200: pushResponseSchema } } }, async (request) =>
    applyPush(db, request.device!, request.body.mutations, now()),
  );

  // The page is JSON text already (see pull.ts), in the shape of pullResponseSchema.
  app.post('/pull', { schema: { body: pullRequestSchema } }, async (request, reply) =>
    reply
      .type('application/json; charset=utf-8')
      .send(await pullPageJson(db, request.device!, request.body.cursor, request.body.limit)),
  );

  await app.register(pokeRoute, { db, heartbeatMs: pokeHeartbeatMs });
  await app.register(overwrittenRoutes, { prefix: '/overwritten', db });
};
