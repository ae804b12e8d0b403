// `npm run new-facility`: prints a one-time link that sets up one more facility on this server,
// with a sync space and a first administrator of its own (a municipality runs several
// facilities on one PostgreSQL). Only whoever runs the server can do this: no device can.
// The embedded database allows one process at a time, so with it the server must be stopped.
import { issueNewFacilityCode, setupLink } from './auth/setup';
import { readConfig } from './config';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { openPgliteDatabase } from './db/pglite-database';
import { openPostgresDatabase } from './db/postgres-database';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const db: Database = config.databaseUrl
    ? await openPostgresDatabase(config.databaseUrl)
    : await openPgliteDatabase(config.dataDir);
  try {
    await migrate(db);
    const code = await issueNewFacilityCode(db, Date.now());
    console.log(
      `Open ${setupLink(config.host, config.port, code)} within 24 hours on the new facility's first staff device.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
