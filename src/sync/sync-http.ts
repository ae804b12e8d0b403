// The server's sync API as seen from a device. Every answer the engine must act on becomes a
// typed failure: 401 (revoked), 426 (update the app), 422 clock-ahead, no network (offline),
// anything else (problem). Response bodies are checked with the shared protocol schemas.
import type { z } from 'zod';
import {
  protocolHeader,
  pullResponseSchema,
  pushResponseSchema,
  syncProtocolVersion,
  type Cursor,
  type Mutation,
} from '../domain/sync-protocol';

export type SyncFailureKind =
  'revoked' | 'update-app' | 'clock-ahead' | 'clock-behind' | 'offline' | 'server' | 'refused';

/** What a refusing server said beyond its code (server/README.md, "Errors"). */
export interface RefusalDetails {
  status: number;
  /** The pushed mutation the server refused, when one record was the reason. */
  mutationId?: number;
  /** The server's English reason, for developers: never shown as the app's own text. */
  message?: string;
}

export class SyncFailure extends Error {
  constructor(
    readonly kind: SyncFailureKind,
    /** The server's error code, when it sent one. */
    readonly code?: string,
    readonly details?: RefusalDetails,
  ) {
    super(code ? `${kind}: ${code}` : kind);
  }
}

interface ErrorBody {
  error?: unknown;
  message?: unknown;
  mutationId?: unknown;
}

export interface SyncHttpOptions {
  serverUrl: string;
  token: string;
  fetch?: typeof fetch;
}

export class SyncHttp {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: SyncHttpOptions) {
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.options.token}`, [protocolHeader]: String(syncProtocolVersion), ...extra };
  }

  url(path: string): string {
    return `${this.options.serverUrl.replace(/\/$/, '')}${path}`;
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetch(this.url(path), {
        ...init,
        headers: this.headers((init.headers as Record<string, string> | undefined) ?? {}),
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new SyncFailure('offline');
    }
    if (response.ok) return response;
    const body = await response
      .json()
      .then((parsed: ErrorBody | null) => parsed ?? {})
      .catch((): ErrorBody => ({}));
    const code = typeof body.error === 'string' ? body.error : undefined;
    if (response.status === 401) throw new SyncFailure('revoked', code);
    if (response.status === 426) throw new SyncFailure('update-app', code);
    if (response.status === 422 && code === 'clock-ahead') throw new SyncFailure('clock-ahead', code);
    if (response.status >= 500) throw new SyncFailure('server', code);
    throw new SyncFailure('refused', code, {
      status: response.status,
      ...(Number.isSafeInteger(body.mutationId) ? { mutationId: body.mutationId as number } : {}),
      ...(typeof body.message === 'string' ? { message: body.message.slice(0, 300) } : {}),
    });
  }

  private async postJson<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
    const response = await this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new SyncFailure('server', 'bad-response');
    return parsed.data;
  }

  push(mutations: Mutation[]) {
    return this.postJson('/api/sync/push', { mutations }, pushResponseSchema);
  }

  pull(cursor: Cursor, limit?: number) {
    return this.postJson('/api/sync/pull', { cursor, ...(limit ? { limit } : {}) }, pullResponseSchema);
  }

  async missingMedia(hashes: string[]): Promise<string[]> {
    const response = await this.request('/api/media/missing', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hashes }),
    });
    const body = (await response.json().catch(() => undefined)) as { missing?: unknown } | undefined;
    if (!Array.isArray(body?.missing)) throw new SyncFailure('server', 'bad-response');
    return body.missing.filter((h): h is string => typeof h === 'string');
  }

  async uploadMedia(hash: string, bytes: ArrayBuffer, mime: string): Promise<void> {
    await this.request(`/api/media/${hash}`, { method: 'PUT', headers: { 'content-type': mime }, body: bytes });
  }

  /** undefined: the server has no such file (yet): the record that names it came first. */
  async downloadMedia(hash: string): Promise<{ bytes: ArrayBuffer; mime: string } | undefined> {
    try {
      const response = await this.request(`/api/media/${hash}`);
      const mime = response.headers.get('content-type')?.split(';')[0]?.trim() || 'application/octet-stream';
      return { bytes: await response.arrayBuffer(), mime };
    } catch (error) {
      if (error instanceof SyncFailure && error.kind === 'refused') return undefined;
      throw error;
    }
  }
}
