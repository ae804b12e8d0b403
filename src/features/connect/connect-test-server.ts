// The real sync server in the test's process (PGlite), reached by the screens' relative
// addresses through `inject`: the screens' own requests, the server's own answers.
import type { FastifyInstance } from 'fastify';
import { vi } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Database } from '../../../server/src/db/database';
import { testDatabases } from '../../../server/src/testing/test-databases';

export interface TestServer {
  db: Database;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const { db, dispose } = await testDatabases[0]!.open();
  const app = await buildApp({ db, accessAttemptsPerMinute: 10_000 });
  return {
    db,
    app,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

/** Makes `fetch` (with relative addresses, as the app on its own origin sends them) reach the server. */
export function routeFetchTo(app: FastifyInstance): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname + input.search : input.url;
    const answer = await app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      url,
      headers: init.headers as Record<string, string> | undefined,
      payload: typeof init.body === 'string' ? init.body : undefined,
    });
    return new Response(answer.statusCode === 204 ? null : answer.body, {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
    });
  });
}
