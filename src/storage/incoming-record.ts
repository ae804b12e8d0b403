// How a copy of a record from elsewhere (a backup file, the sync server) is merged into this
// device's storage: the one rule both paths share. Per-field merge with the local copy (the
// table's rule from the registry), and a merged record the schema refuses is never stored: the
// local copy stays and the incoming one is kept as a conflict staff can see. The caller decides
// what goes into the outbox, since a restore and a pull differ there. Call inside a transaction
// that has the record's table and `conflicts` in scope.
import { mergeConflictId, type MergeConflict } from '../domain/merge-conflict';
import { mergeIncoming, type OverwrittenValue } from '../domain/sync-merge';
import type { SyncMeta } from '../domain/sync-meta';
import type { SyncedTableName } from '../domain/table-registry';
import type { Table } from 'dexie';
import type { RaadetDatabase } from './database';

export type StoredRow = Record<string, unknown> & SyncMeta & { id: string };

export type IncomingOutcome =
  /** Stored: `existing` is the local copy before (undefined: new here). */
  | { ok: true; existing: StoredRow | undefined; merged: StoredRow; overwritten: OverwrittenValue[] }
  | { ok: false; reason: string };

/** The same stamps and tombstone: one copy holds nothing the other lacks. */
export function sameStamps(a: SyncMeta, b: SyncMeta): boolean {
  const fields = Object.keys(a._stamps);
  return (
    a._deleted === b._deleted &&
    fields.length === Object.keys(b._stamps).length &&
    fields.every((field) => a._stamps[field] === b._stamps[field])
  );
}

/** How many stored keys per incoming record are still cheaper to list than to look up one by one. */
const listKeysUpTo = 20;

/**
 * The local copies of `ids`, in their order (undefined: not here). A first pull brings thousands
 * of records the device does not have, and each lookup is a round trip of its own, so while the
 * table is small next to the batch its keys are listed in one request and only ids found there
 * are read.
 */
async function localCopies(rows: Table<StoredRow, string>, ids: string[]): Promise<(StoredRow | undefined)[]> {
  const stored = await rows.count();
  if (stored > ids.length * listKeysUpTo) return rows.bulkGet(ids);
  const keys = new Set(stored === 0 ? [] : await rows.toCollection().primaryKeys());
  const present = ids.filter((id) => keys.has(id));
  const found = new Map((await rows.bulkGet(present)).map((row, index) => [present[index]!, row]));
  return ids.map((id) => found.get(id));
}

/**
 * Merges many incoming copies of one table's records in one go: one read of the local copies,
 * one write of what changed (a first pull brings thousands; one round trip each was most of
 * its time). Outcomes come back in the order of `incoming`.
 */
export async function storeIncomingRecords(
  db: RaadetDatabase,
  table: SyncedTableName,
  incoming: readonly StoredRow[],
  at: string,
): Promise<IncomingOutcome[]> {
  const rows = db.table<StoredRow, string>(table);
  const existing = await localCopies(
    rows,
    incoming.map((row) => row.id),
  );
  // A page never holds one record twice, but a backup file might: later copies see earlier ones.
  const current = new Map<string, StoredRow | undefined>();
  const puts = new Map<string, StoredRow>();
  const conflicts: MergeConflict[] = [];
  const outcomes = incoming.map((row, index): IncomingOutcome => {
    const local = current.has(row.id) ? current.get(row.id) : existing[index];
    const merge = mergeIncoming(table, local, row);
    if (merge.ok) {
      if (!local || !sameStamps(local, merge.merged)) puts.set(row.id, merge.merged);
      current.set(row.id, merge.merged);
      return { ok: true, existing: local, merged: merge.merged, overwritten: merge.overwritten };
    }
    // Keep both sides: the local record untouched, the incoming copy where staff see it.
    conflicts.push({
      id: mergeConflictId(table, row.id, row),
      table,
      recordId: row.id,
      incoming: row,
      local: local ?? {},
      reason: merge.reason,
      at,
    });
    return merge;
  });
  if (puts.size > 0) await rows.bulkPut([...puts.values()]);
  if (conflicts.length > 0) await db.conflicts.bulkPut(conflicts);
  return outcomes;
}

export async function storeIncomingRecord(
  db: RaadetDatabase,
  table: SyncedTableName,
  incoming: StoredRow,
  at: string,
): Promise<IncomingOutcome> {
  const [outcome] = await storeIncomingRecords(db, table, [incoming], at);
  return outcome!;
}
