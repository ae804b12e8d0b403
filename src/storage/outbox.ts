// The one change feed: every write to a synced table, from any path (repositories, restore,
// schema upgrades), queues `{ seq, table, id }` here in the same transaction as the write. The
// sync client sends the queued records' current state.
import type { Table } from 'dexie';
import { nextStamp } from './clock';
import type { SyncedTableName } from '../domain/table-registry';
import type { OutboxRow, RaadetDatabase } from './database';

/** A database or a transaction (an upgrade has only its transaction): both name their tables. */
interface TableScope {
  table(name: string): Table;
}

/** A record's field stamps before a change (undefined: it was new): the change's base. */
export type Base = Readonly<Record<string, string>> | undefined;

/**
 * Queues one changed record. `seq` must be a stamp from this device's clock, new for this
 * change (the stamp the write used, or `nextStampIn`): it orders the feed and keeps two changes
 * of one record apart. `base` is the record's stamps before the write, so the server can tell
 * a field changed here from one changed concurrently elsewhere. Call inside the transaction
 * that wrote the record, with `outbox` in scope.
 */
export async function queueChange(
  scope: TableScope,
  table: SyncedTableName,
  id: string,
  seq: string,
  base: Base,
): Promise<void> {
  const row: OutboxRow = { seq, table, id, ...(base ? { base: { ...base } } : {}) };
  await scope.table('outbox').put(row);
}

/** A new stamp from this device's clock, inside a transaction that has the `meta` table. */
export async function nextStampIn(scope: TableScope): Promise<string> {
  // nextStamp only uses the meta table; in an upgrade that is the upgrade transaction's.
  return nextStamp({ meta: scope.table('meta') } as unknown as RaadetDatabase);
}

/**
 * Queues a record that was written without a new stamp (restored, migrated): the feed gets a
 * fresh seq, the record keeps the stamps it had, so an old value does not start winning merges.
 */
export async function queueUnstamped(scope: TableScope, table: SyncedTableName, id: string, base: Base): Promise<void> {
  await queueChange(scope, table, id, await nextStampIn(scope), base);
}
