// The server's settings, from the environment (documented in server/README.md).
import { resolve } from 'node:path';
import { z } from 'zod';

const configSchema = z.object({
  /** 0: any free port (the log says which; tests start several servers this way). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4173),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Where the embedded database keeps its files (ignored when DATABASE_URL is set). */
  DATA_DIR: z.string().min(1).default('data'),
  /** A PostgreSQL connection string; without it the embedded database is used. */
  DATABASE_URL: z.string().url().optional(),
  /** The built app to serve. */
  APP_DIR: z.string().min(1).default('dist'),
});

export type Config = { port: number; host: string; dataDir: string; databaseUrl?: string; appDir: string };

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Setting ${issue.path.join('.')} is not valid: ${issue.message}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    ...(c.DATABASE_URL ? { databaseUrl: c.DATABASE_URL } : {}),
    appDir: resolve(c.APP_DIR),
  };
}
