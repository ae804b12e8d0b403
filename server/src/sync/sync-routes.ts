import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  pullRequestSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '../../../src/domain/sync-protocol';
import { requireDevice } from '../auth/require-device';
import type { Database } from '../db/database';
import { overwrittenRoutes } from './overwritten-routes';
import { pokeRoute } from './poke-route';
import { pullChanges } from './pull';
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

  app.post('/pull', { schema: { body: pullRequestSchema, response: { 200: pullResponseSchema } } }, async (request) =>
    pullChanges(db, request.device!, request.body.cursor, request.body.limit),
  );

  await app.register(pokeRoute, { db, heartbeatMs: pokeHeartbeatMs });
  await app.register(overwrittenRoutes, { prefix: '/overwritten', db });
};
