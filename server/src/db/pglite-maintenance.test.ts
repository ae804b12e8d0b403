// @vitest-environment node
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { maintainDatabase, type Maintenance } from './pglite-maintenance';

const quick = { checkEveryMs: 20, burst: 3, atMostEveryMs: 60_000 };

async function lastAnalyzed(db: PGlite): Promise<Date | null> {
  const { rows } = await db.query<{ last_analyze: Date | null }>(
    `select last_analyze from pg_stat_user_tables where relname = 'notes'`,
  );
  return rows[0]?.last_analyze ?? null;
}

describe('the embedded database’s maintenance', () => {
  let db: PGlite;
  let maintenance: Maintenance | undefined;

  async function open(startsWithData: boolean) {
    db = await PGlite.create();
    await db.exec('create table notes (id int primary key, text text)');
    maintenance = maintainDatabase(db, { startsWithData, times: quick });
  }

  afterEach(async () => {
    await maintenance?.stop();
    await db.close();
  });

  it('analyses the tables soon after a burst of writes, so the planner reads indexes', async () => {
    await open(false);
    for (let i = 0; i < quick.burst; i++) {
      await db.query('insert into notes values ($1, $2)', [i, 'x']);
      maintenance!.noteWrite();
    }
    await vi.waitFor(async () => expect(await lastAnalyzed(db)).not.toBeNull(), { timeout: 30_000 });
  });

  it('leaves a database alone while nothing is written', async () => {
    await open(false);
    await maintenance!.runIfDue();
    expect(await lastAnalyzed(db)).toBeNull();
  });

  it('runs once at start on a data folder that may hold older records', async () => {
    await open(true);
    await vi.waitFor(async () => expect(await lastAnalyzed(db)).not.toBeNull(), { timeout: 30_000 });
  });

  it('runs a few writes’ maintenance when asked, and not twice at once', async () => {
    await open(false);
    maintenance!.noteWrite();
    await Promise.all([maintenance!.runIfDue(), maintenance!.runIfDue()]);
    expect(await lastAnalyzed(db)).not.toBeNull();
  });
});
