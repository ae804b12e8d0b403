// The server's setup, enrolment, device and overwritten-values routes (server/README.md), as
// the sync screens call them. Every refusal becomes an AccessError carrying the server's code,
// which the screens turn into their own words; the server's English message is never shown.
import { z } from 'zod';
import { overwrittenListResponseSchema, type OverwrittenListResponse } from '../../domain/sync-protocol';
import type { SyncConnection } from '../../storage/sync-state';
import { SyncFailure, SyncHttp } from '../../sync/sync-http';

export const deviceRoles = ['shared-tablet', 'staff', 'admin'] as const;
export type DeviceRole = (typeof deviceRoles)[number];

/** `offline` (no answer), `server` (a 5xx or an answer we cannot read), or the server's code. */
export class AccessError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const deviceSchema = z.object({ id: z.string(), name: z.string(), role: z.enum(deviceRoles) });
const spaceSchema = z.object({ id: z.string(), name: z.string() });
const enrolledSchema = z.object({ token: z.string(), device: deviceSchema, space: spaceSchema });
export type Enrolled = z.infer<typeof enrolledSchema>;
const meSchema = z.object({ device: deviceSchema, space: spaceSchema });
const listedDeviceSchema = deviceSchema.extend({
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
});
export type ListedDevice = z.infer<typeof listedDeviceSchema>;
const deviceListSchema = z.object({ devices: z.array(listedDeviceSchema) });
const enrolmentCodeSchema = z.object({ code: z.string(), expiresAt: z.string() });
export type EnrolmentCode = z.infer<typeof enrolmentCodeSchema>;

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AccessError('server');
  return parsed.data;
}

/** Setup and enrolment carry no token yet: plain requests to the app's own origin. */
async function postAnonymous<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new AccessError('offline');
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const code = (answer as { error?: unknown } | undefined)?.error;
    throw new AccessError(response.status < 500 && typeof code === 'string' ? code : 'server');
  }
  return parse(schema, answer);
}

export function setUpServer(request: { code: string; facilityName: string; deviceName: string }) {
  return postAnonymous('/api/setup', request, enrolledSchema);
}

export function enrol(request: { code: string; deviceName?: string }) {
  return postAnonymous('/api/enrol', request, enrolledSchema);
}

/** The requests an enrolled device makes with its token. */
export class DeviceApi {
  private readonly http: SyncHttp;

  constructor(connection: Pick<SyncConnection, 'serverUrl'> & { token: string }) {
    this.http = new SyncHttp({ serverUrl: connection.serverUrl, token: connection.token });
  }

  private async json<S extends z.ZodType>(schema: S, path: string, init: RequestInit = {}): Promise<z.infer<S>> {
    let response: Response;
    try {
      response = await this.http.request(path, init);
    } catch (error) {
      if (error instanceof SyncFailure) {
        if (error.kind === 'offline') throw new AccessError('offline');
        if (error.kind === 'server') throw new AccessError('server');
        throw new AccessError(error.code ?? error.kind);
      }
      throw error;
    }
    return parse(schema, await response.json().catch(() => undefined));
  }

  private post<S extends z.ZodType>(schema: S, path: string, body?: unknown) {
    return this.json(schema, path, {
      method: 'POST',
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  }

  me() {
    return this.json(meSchema, '/api/me');
  }

  devices() {
    return this.json(deviceListSchema, '/api/devices').then((list) => list.devices);
  }

  issueCode(request: { role: DeviceRole; deviceName?: string }) {
    return this.post(enrolmentCodeSchema, '/api/enrolment-codes', request);
  }

  revoke(deviceId: string) {
    return this.post(z.object({ device: listedDeviceSchema }), `/api/devices/${encodeURIComponent(deviceId)}/revoke`);
  }

  overwritten(before?: number): Promise<OverwrittenListResponse> {
    const query = new URLSearchParams({ limit: '20', ...(before ? { before: String(before) } : {}) });
    return this.json(overwrittenListResponseSchema, `/api/sync/overwritten?${query}`);
  }

  settle(entryId: number) {
    return this.post(z.object({ settled: z.literal(true) }), `/api/sync/overwritten/${entryId}/settle`);
  }
}
