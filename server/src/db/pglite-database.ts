// The embedded database: PostgreSQL compiled to WebAssembly, in a data folder, so `npm start`
// needs nothing installed. One process owns the folder: a lock file next to the data refuses a
// second process, which would otherwise corrupt it.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './database';
import { maintainDatabase } from './pglite-maintenance';

function wrap(db: Pick<PGlite, 'query' | 'exec'>): Sql {
  return {
    async query(text, params = []) {
      const result = await db.query(text, params as unknown[]);
      return result.rows as never;
    },
    async script(text) {
      await db.exec(text);
    },
  };
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataFolderInUseError extends Error {
  constructor(folder: string, pid: number) {
    super(`The data folder ${folder} is in use by another server process (pid ${pid}). Stop it, or set DATA_DIR.`);
  }
}

async function takeLock(folder: string): Promise<() => Promise<void>> {
  const lockFile = join(folder, 'raadet-server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(await readFile(lockFile, 'utf8').catch(() => ''));
      if (Number.isInteger(pid) && pid > 0 && processIsAlive(pid)) throw new DataFolderInUseError(folder, pid);
      // Left behind by a process that crashed: nobody holds it any more.
      await rm(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock ${folder}`);
}

/** `folder` undefined: in memory (tests). */
export async function openPgliteDatabase(folder?: string): Promise<Database> {
  let release = async () => {};
  if (folder) {
    await mkdir(folder, { recursive: true });
    release = await takeLock(folder);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(folder ? join(folder, 'pgdata') : undefined);
  } catch (error) {
    await release();
    throw error;
  }
  const maintenance = maintainDatabase(db, { startsWithData: folder !== undefined });
  return {
    kind: 'pglite',
    ...wrap(db),
    async transaction(work) {
      const result = await db.transaction((tx) => work(wrap(tx)));
      maintenance.noteWrite();
      return result;
    },
    async listen(channel, onNotify) {
      const stop = await db.listen(channel, onNotify);
      return async () => stop();
    },
    async close() {
      await maintenance.stop();
      await db.close();
      await release();
    },
  };
}
