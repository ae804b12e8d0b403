// The server, built by a function so tests can drive it with `inject` and main.ts can listen.
// It shares the rules of src/domain with the tablets; it never imports browser storage or screens.
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { accessRoutes } from './auth/access-routes';
import type { Database } from './db/database';
import { mediaRoutes } from './media/media-routes';
import { syncRoutes } from './sync/sync-routes';
import { SyncRefusal } from './sync/sync-refusal';
import { RequestLog } from './request-log';

export interface AppOptions {
  db: Database;
  /** The server's clock, for the clock check (tests move it). */
  now?: () => number;
  logger?: boolean;
  /**
   * How often an idle poke stream sends a heartbeat (and re-checks its device). Proxies drop
   * connections idle for 30–60 s; tests shorten it.
   */
  pokeHeartbeatMs?: number;
  /** Setup, enrolment and code requests allowed per minute and address (tests raise it). */
  accessAttemptsPerMinute?: number;
}

export async function buildApp({
  db,
  now = Date.now,
  logger = false,
  pokeHeartbeatMs = 15_000,
  accessAttemptsPerMinute = 10,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: 'info', base: null } : false,
    logController: new RequestLog(),
    bodyLimit: 5 * 1024 * 1024,
    // A malformed address or an over-long path parameter is refused before any route runs:
    // answer it in the API's shape too, without echoing the path.
    frameworkErrors: (error, _request, reply: FastifyReply) =>
      reply
        .status((error as { statusCode?: number }).statusCode ?? 400)
        .send({ error: 'bad-request', message: 'This address is not valid.' }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issue = error.validation[0];
      const where = issue?.instancePath || 'request';
      return reply.status(400).send({ error: 'bad-request', message: `${where}: ${issue?.message ?? 'invalid'}` });
    }
    if (error instanceof SyncRefusal) {
      const { mutationId } = error;
      return reply
        .status(error.status)
        .send({ error: error.code, message: error.message, ...(mutationId === undefined ? {} : { mutationId }) });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return reply.status(status).send({ error: 'bad-request', message: (error as Error).message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: 'server-error', message: 'Something went wrong on the server.' });
  });

  app.get('/api/health', async () => ({ ok: true, database: db.kind }));
  await app.register(syncRoutes, { prefix: '/api/sync', db, now, pokeHeartbeatMs });
  await app.register(mediaRoutes, { prefix: '/api/media', db });
  await app.register(accessRoutes, { prefix: '/api', db, now, attemptsPerMinute: accessAttemptsPerMinute });
  return app;
}
