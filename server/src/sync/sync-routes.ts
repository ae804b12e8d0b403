import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  pullRequestSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  type PullResponse,
} from '../../../src/domain/sync-protocol';
import { requireDevice } from '../auth/require-device';
import type { Database } from '../db/database';
import { overwrittenRoutes } from './overwritten-routes';
import { pokeRoute } from './poke-route';
import { pullChanges } from './pull';
import { applyPush } from './push';

// Every record on a page was checked against its table's schema when it was pushed. Checking
// each again on the way out, with the travelling-record schema (which lets every field through
// anyway), halved the pulls a process could serve (bench/sync-server.bench.mjs): the page's
// shape is checked, its records are not.
const change = pullResponseSchema.shape.changes.element;
const pullPageSchema = pullResponseSchema.extend({
  changes: z.array(change.extend({ record: z.custom<PullResponse['changes'][number]['record']>() })),
});

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

  app.post('/pull', { schema: { body: pullRequestSchema, response: { 200: pullPageSchema } } }, async (request) =>
    pullChanges(db, request.device!, request.body.cursor, request.body.limit),
  );

  await app.register(pokeRoute, { db, heartbeatMs: pokeHeartbeatMs });
  await app.register(overwrittenRoutes, { prefix: '/overwritten', db });
};
