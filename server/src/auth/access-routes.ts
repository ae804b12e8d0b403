// Setup, enrolment and device routes under /api. They speak no sync protocol, so they need no
// protocol header; every one but setup and enrol needs a device token.
import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import { SyncRefusal } from '../sync/sync-refusal';
import {
  deviceListResponseSchema,
  deviceParamsSchema,
  enrolledResponseSchema,
  enrolmentCodeRequestSchema,
  enrolmentCodeResponseSchema,
  enrolRequestSchema,
  meResponseSchema,
  revokeResponseSchema,
  setupRequestSchema,
} from './access-schemas';
import { authenticate } from './authenticate';
import { listSpaceDevices } from './device-listing';
import { spaceById } from './devices';
import { enrolDevice, issueEnrolmentCode } from './enrolment';
import { requireRole } from './permissions';
import { revokeSpaceDevice } from './revoke-space-device';
import { completeSetup } from './setup';

interface AccessRouteOptions {
  db: Database;
  now: () => number;
  /** Attempts per minute and address on the code routes. */
  attemptsPerMinute: number;
}

export const accessRoutes: FastifyPluginAsync<AccessRouteOptions> = async (plugin, { db, now, attemptsPerMinute }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  // Counted in this process's memory: a safety limit against guessing codes, not shared state.
  // With several processes an address gets the limit once per process, which is still tiny
  // against a code's 40 bits.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new SyncRefusal(429, 'too-many-requests', `Too many attempts. Try again in ${context.after}.`),
  });
  const limited = { rateLimit: { max: attemptsPerMinute, timeWindow: 60_000 } };
  const signedIn = authenticate(db);

  app.post(
    '/setup',
    { config: limited, schema: { body: setupRequestSchema, response: { 201: enrolledResponseSchema } } },
    async (request, reply) => reply.status(201).send(await completeSetup(db, request.body, now())),
  );

  app.post(
    '/enrolment-codes',
    {
      config: limited,
      onRequest: [signedIn, requireRole('staff', 'admin')],
      schema: { body: enrolmentCodeRequestSchema, response: { 201: enrolmentCodeResponseSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await issueEnrolmentCode(db, request.device!, request.body, now())),
  );

  app.post(
    '/enrol',
    { config: limited, schema: { body: enrolRequestSchema, response: { 201: enrolledResponseSchema } } },
    async (request, reply) => reply.status(201).send(await enrolDevice(db, request.body, now())),
  );

  app.get('/me', { onRequest: signedIn, schema: { response: { 200: meResponseSchema } } }, async (request) => {
    const { id, name, role, spaceId } = request.device!;
    return { device: { id, name, role }, space: await spaceById(db, spaceId) };
  });

  app.get(
    '/devices',
    {
      onRequest: [signedIn, requireRole('staff', 'admin')],
      schema: { response: { 200: deviceListResponseSchema } },
    },
    async (request) => ({ devices: await listSpaceDevices(db, request.device!.spaceId) }),
  );

  app.post(
    '/devices/:id/revoke',
    {
      onRequest: [signedIn, requireRole('staff', 'admin')],
      schema: { params: deviceParamsSchema, response: { 200: revokeResponseSchema } },
    },
    async (request) => ({ device: await revokeSpaceDevice(db, request.device!, request.params.id) }),
  );
};
