import type { Database } from './database';
import { migrations } from './migrations';

// Two server processes starting at once against one PostgreSQL must not both migrate: the
// advisory lock (held until the transaction ends) makes the second wait, then find nothing to do.
const migrationLock = 727_001;

export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [migrationLock]);
    await tx.query(
      'create table if not exists schema_migrations (version int primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set(
      (await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.script(migration.sql);
      await tx.query('insert into schema_migrations (version) values ($1)', [migration.version]);
      applied.push(migration.version);
    }
    return applied;
  });
}
