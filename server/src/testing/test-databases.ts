// The databases every server test runs against: embedded PGlite always, and a real PostgreSQL
// when TEST_DATABASE_URL names one (CI installs and starts Debian's postgresql and sets it).
// Each run gets a database of its own, dropped afterwards, so test files can run in parallel.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { openPgliteDatabase } from '../db/pglite-database';
import { openPostgresDatabase } from '../db/postgres-database';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  open(): Promise<{ db: Database; url?: string; dispose(): Promise<void> }>;
}

const adminUrl = process.env.TEST_DATABASE_URL;
if (process.env.CI === 'true' && !adminUrl) {
  throw new Error('CI must run the server tests on PostgreSQL too: set TEST_DATABASE_URL (.ci/run does).');
}

const pglite: TestDatabase = {
  name: 'pglite',
  async open() {
    const db = await openPgliteDatabase();
    await migrate(db);
    return { db, dispose: () => db.close() };
  },
};

/** A fresh database on the PostgreSQL server, for one test file. */
export async function freshPostgresUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `raadet_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

const postgres: TestDatabase = {
  name: 'postgres',
  async open() {
    const fresh = await freshPostgresUrl();
    const db = await openPostgresDatabase(fresh.url);
    await migrate(db);
    return {
      db,
      url: fresh.url,
      async dispose() {
        await db.close();
        await fresh.drop();
      },
    };
  },
};

export const testDatabases: TestDatabase[] = adminUrl ? [pglite, postgres] : [pglite];
