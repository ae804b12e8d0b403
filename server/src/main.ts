// Starts the server: opens the database (PGlite in DATA_DIR, or PostgreSQL at DATABASE_URL),
// applies migrations, serves the app and the API, and shuts down cleanly on SIGTERM/SIGINT:
// requests in flight finish, then the database closes (PGlite's lock file goes with it).
import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { issueSetupCode, setupLink } from './auth/setup';
import { readConfig } from './config';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { openPgliteDatabase } from './db/pglite-database';
import { openPostgresDatabase } from './db/postgres-database';
import { serveApp } from './serve-app';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const db: Database = config.databaseUrl
    ? await openPostgresDatabase(config.databaseUrl)
    : await openPgliteDatabase(config.dataDir);
  await migrate(db);
  const app = await buildApp({ db, logger: true });
  await serveApp(app, config.appDir);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: finishing requests, then closing the database`);
    try {
      await app.close();
    } finally {
      await db.close();
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const { port } = app.server.address() as AddressInfo;
  app.log.info(
    `Rådet is running on port ${port} (${db.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`,
  );
  // Until the first administrator device exists, every start prints a fresh one-time link.
  const setupCode = await issueSetupCode(db, Date.now());
  if (setupCode) {
    app.log.info(
      `Not set up yet. Open ${setupLink(config.host, config.port, setupCode)} within 24 hours to make this device the facility's first administrator.`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
