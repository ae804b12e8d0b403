import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pullRequestSchema, pushRequestSchema, pushResponseSchema } from '../../../src/domain/sync-protocol';
import { bearerToken } from '../auth/authenticate';
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

  // The page is JSON text already (see pull.ts), in the shape of pullResponseSchema. The pull
  // statement looks up the token itself; the small body limit keeps a stranger from making the
  // server read more than a cursor before that.
  app.post(
    '/pull',
    { schema: { body: pullRequestSchema }, config: { looksUpTokenItself: true }, bodyLimit: 4096 },
    async (request, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .send(await pullPageJson(db, bearerToken(request), request.body.cursor, request.body.limit)),
  );

  await app.register(pokeRoute, { db, heartbeatMs: pokeHeartbeatMs });
  await app.register(overwrittenRoutes, { prefix: '/overwritten', db });
};
