// The database must hold exactly the registry's tables (domain/table-registry.ts) with the
// registry's indexes, plus storage's own media, meta and outbox. The shipped versions in
// schema-versions.ts can never be derived (they must not change), so this is where a table
// added to the registry without a new version, or a version without a registry entry, fails.
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { Stored } from '../domain/sync-meta';
import { indexesOf, tableNames, type RecordOf, type SyncedTableName, type TableName } from '../domain/table-registry';
import type { Table } from 'dexie';
import { RaadetDatabase } from './database';

const storageOwn = ['media', 'meta', 'outbox'];

let db: RaadetDatabase;
beforeEach(async () => {
  db = new RaadetDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** What Dexie would write for a registry table: its indexes (the key is checked apart). */
function expectedIndexes(name: TableName): string[] {
  return [...indexesOf(name)].sort();
}

describe('the database and the table registry', () => {
  it('has exactly the registry tables and storage’s own', () => {
    expect(db.tables.map((t) => t.name).sort()).toEqual([...tableNames, ...storageOwn].sort());
  });

  it.each(tableNames)('keys %s by id, with the registry’s indexes', (name) => {
    const schema = db.table(name).schema;
    expect(schema.primKey.keyPath).toBe('id');
    expect(schema.indexes.map((index) => index.src).sort()).toEqual(expectedIndexes(name));
  });

  it('declares each record table with its registry row type', () => {
    type Declared = Pick<RaadetDatabase, TableName>;
    type Expected = {
      [N in TableName]: Table<N extends SyncedTableName ? Stored<RecordOf<N>> : RecordOf<N>, string>;
    };
    expectTypeOf<Declared>().toEqualTypeOf<Expected>();
  });
});
