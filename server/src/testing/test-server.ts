// The server every route test drives: a fresh database of the given kind, the app built on it,
// both closed after the file. `use` hands the test its database and app once they exist.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../app';
import type { Database } from '../db/database';
import type { TestDatabase } from './test-databases';

export function useTestServer(
  testDb: TestDatabase,
  options: Omit<AppOptions, 'db'>,
  use: (server: { db: Database; app: FastifyInstance }) => void,
): void {
  let app: FastifyInstance | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const opened = await testDb.open();
    dispose = opened.dispose;
    app = await buildApp({ ...options, db: opened.db });
    use({ db: opened.db, app });
    // Starting an embedded PostgreSQL takes seconds on a busy machine.
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });
}
