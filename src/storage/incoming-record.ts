// How a copy of a record from elsewhere (a backup file, the sync server) is merged into this
// device's storage: the one rule both paths share. Per-field merge with the local copy (the
// table's rule from the registry), and a merged record the schema refuses is never stored: the
// local copy stays and the incoming one is kept as a conflict staff can see. The caller decides
// what goes into the outbox, since a restore and a pull differ there. Call inside a transaction
// that has the record's table and `conflicts` in scope.
import { mergeConflictId } from '../domain/merge-conflict';
import { mergeIncoming, type OverwrittenValue } from '../domain/sync-merge';
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

export async function storeIncomingRecord(
  db: RaadetDatabase,
  table: SyncedTableName,
  incoming: StoredRow,
  at: string,
): Promise<IncomingOutcome> {
  const rows = db.table<StoredRow, string>(table);
  const existing = await rows.get(incoming.id);
  const merge = mergeIncoming(table, existing, incoming);
  if (merge.ok) {
    if (!existing || !sameStamps(existing, merge.merged)) await rows.put(merge.merged);
    return { ok: true, existing, merged: merge.merged, overwritten: merge.overwritten };
  }
  // Keep both sides: the local record untouched, the incoming copy where staff see it.
  await db.conflicts.put({
    id: mergeConflictId(table, incoming.id, incoming),
    table,
    recordId: incoming.id,
    incoming,
    local: existing ?? {},
    reason: merge.reason,
    at,
  });
  return merge;
}
