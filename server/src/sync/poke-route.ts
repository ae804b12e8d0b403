// GET /api/sync/poke: the stream that tells an online device to pull now. It runs behind the
// same protocol and token checks as push and pull (registered inside syncRoutes), and it reads
// the device's facility from the token, never from the request.
import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../db/database';
import { startPokeHub } from './poke-hub';
import { createPokeStream } from './poke-stream';

interface PokeRouteOptions {
  db: Database;
  heartbeatMs: number;
}

export const pokeRoute: FastifyPluginAsync<PokeRouteOptions> = async (app, { db, heartbeatMs }) => {
  const hub = await startPokeHub(db);
  // Open streams never finish on their own: end them first, or closing would wait for them.
  app.addHook('preClose', async () => {
    await hub.close();
  });

  app.get('/poke', async (request, reply) => {
    const device = request.device!;
    let unsubscribe = () => {};
    const stream = createPokeStream(reply.raw, {
      spaceId: device.spaceId,
      heartbeatMs,
      stillAllowed: async () =>
        (await db.query('select 1 from devices where id = $1 and revoked_at is null', [device.id])).length > 0,
      onEnd: () => unsubscribe(),
    });
    unsubscribe = hub.subscribe(stream);
    let version: number;
    try {
      const [space] = await db.query<{ version: string }>('select version from sync_spaces where id = $1', [
        device.spaceId,
      ]);
      version = Number(space?.version ?? 0);
    } catch (error) {
      unsubscribe();
      throw error;
    }
    reply.hijack();
    stream.open(version);
    return reply;
  });
};
