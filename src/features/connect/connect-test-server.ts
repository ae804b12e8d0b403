// The real sync server in the test's process (PGlite), reached by the screens' relative
// addresses through `inject`: the screens' own requests, the server's own answers.
import type { FastifyInstance } from 'fastify';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { buildApp } from '../../../server/src/app';
import type { Database } from '../../../server/src/db/database';
import { testDatabases } from '../../../server/src/testing/test-databases';
import { appSyncEngine } from '../../sync/use-sync-status';

export interface TestServer {
  db: Database;
  app: FastifyInstance;
  close(): Promise<void>;
}

async function startTestServer(): Promise<TestServer> {
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
function routeFetchTo(app: FastifyInstance): void {
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

/**
 * The hooks every screen test against the real server shares: one server for the file, `fetch`
 * routed to it, the app's sync engine held still (the test drives requests itself), and the
 * engine's status back to "not enrolled" after each test. Returns the server, once started.
 */
export function withConnectTestServer(): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer();
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    routeFetchTo(server!.app);
    vi.spyOn(appSyncEngine(), 'start').mockResolvedValue();
    vi.spyOn(appSyncEngine(), 'requestSync').mockReturnValue();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    appSyncEngine().status.update({
      state: { kind: 'not-enrolled' },
      pending: 0,
      heldBack: 0,
      lastSuccessAt: undefined,
      pull: undefined,
    });
  });
  return () => server!;
}
