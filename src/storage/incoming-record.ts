// How a copy of a record from elsewhere (a backup file, the sync server) is merged into this
// device's storage: the one rule both paths share. Per-field merge with the local copy (the
// table's rule from the registry), and a merged record the schema refuses is never stored: the
// local copy stays and the incoming one is kept as a conflict staff can see. The caller decides
// what goes into the outbox, since a restore and a pull differ there. Call inside a transaction
// that has the record's table and `conflicts` in scope.
import { mergeConflictId, type MergeConflict } from '../domain/merge-conflict';
import { mergeIncoming, type IncomingMerge, type OverwrittenValue } from '../domain/sync-merge';
import type { SyncMeta } from '../domain/sync-meta';
import type { SyncedTableName } from '../domain/table-registry';
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

export interface StoreIncomingOptions {
  /** The ids the table holds here (known-local-ids.ts): only those are read, and what is stored is added. */
  known?: Set<string>;
  /**
   * Each incoming record merged as if this device had no copy (`mergeIncoming` with nothing
   * stored), in the order of `incoming`, worked out before the transaction: a pull does it while
   * the previous page is being written. Used only where there really is no local copy.
   */
  asNew?: readonly IncomingMerge[];
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
  { known, asNew }: StoreIncomingOptions = {},
): Promise<IncomingOutcome[]> {
  const rows = db.table<StoredRow, string>(table);
  const ids = incoming.map((row) => row.id);
  const present = known ? ids.filter((id) => known.has(id)) : ids;
  const found = new Map((await rows.bulkGet(present)).map((row, index) => [present[index]!, row]));
  const existing = ids.map((id) => found.get(id));
  // A page never holds one record twice, but a backup file might: later copies see earlier ones.
  const current = new Map<string, StoredRow | undefined>();
  const puts = new Map<string, StoredRow>();
  const conflicts: MergeConflict[] = [];
  const outcomes = incoming.map((row, index): IncomingOutcome => {
    const local = current.has(row.id) ? current.get(row.id) : existing[index];
    const merge = (!local && asNew?.[index]) || mergeIncoming(table, local, row);
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
  for (const id of puts.keys()) known?.add(id);
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
