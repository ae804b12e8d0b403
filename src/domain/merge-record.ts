import { unitOf, type FieldGroup } from './field-groups';
import { compareStamps } from './hlc';
import type { SyncMeta } from './sync-meta';

type Row = Record<string, unknown> & SyncMeta;

/** The newest stamp of a unit on one copy (fields of a group normally share one stamp). */
function unitStamp(row: Row, unit: FieldGroup): string | undefined {
  let newest: string | undefined;
  for (const field of unit) {
    const stamp = row._stamps[field];
    if (stamp !== undefined && (newest === undefined || compareStamps(stamp, newest) > 0)) newest = stamp;
  }
  return newest;
}

/**
 * Merges two copies of one record field by field: for each field the copy with the newer
 * clock stamp wins; fields of one group (field-groups.ts) are decided once, for the whole
 * group, by the group's newest stamp. Deterministic and symmetric, so every device that sees
 * both copies ends with the same record whatever the order they arrived in. The tombstone is a
 * field too (stamped as `_deleted`), so a later edit can revive a record deleted earlier elsewhere.
 */
export function mergeRecord<T extends Row>(a: T, b: T, fieldGroups: readonly FieldGroup[] = []): T {
  const fields = new Set([...Object.keys(a._stamps), ...Object.keys(b._stamps)]);
  const merged: Record<string, unknown> = { ...a };
  const stamps: Record<string, string> = {};
  const decided = new Set<string>();
  for (const field of fields) {
    if (decided.has(field)) continue;
    const unit = unitOf(field, fieldGroups);
    const sa = unitStamp(a, unit);
    const sb = unitStamp(b, unit);
    const takeB = sa === undefined || (sb !== undefined && compareStamps(sb, sa) > 0);
    const source = takeB ? b : a;
    for (const member of unit) {
      decided.add(member);
      const stamp = source._stamps[member];
      if (stamp !== undefined) stamps[member] = stamp;
      if (member in source) merged[member] = source[member];
      else delete merged[member];
    }
  }
  merged._stamps = stamps;
  merged._changed = Object.values(stamps).reduce((max, s) => (s > max ? s : max), '');
  merged._deleted = merged._deleted === 1 ? 1 : 0;
  return merged as T;
}

/** The oldest stamp on a copy's fields (not its tombstone): when that copy recorded the fact. */
function recordedAt(row: Row): string | undefined {
  let oldest: string | undefined;
  for (const [field, stamp] of Object.entries(row._stamps)) {
    if (field === '_deleted') continue;
    if (oldest === undefined || compareStamps(stamp, oldest) < 0) oldest = stamp;
  }
  return oldest;
}

/**
 * Merges two copies of a row of an insert-only table (table-registry.ts): the fact is what was
 * recorded first, so the fields come from the copy that recorded it earliest and a later copy
 * never overwrites them; a deletion from either side wins (the row goes with its vote). Like
 * `mergeRecord` it is symmetric, so every device ends with the same row.
 */
export function mergeInsertOnly<T extends Row>(a: T, b: T): T {
  const sa = recordedAt(a);
  const sb = recordedAt(b);
  const first = sa === undefined || (sb !== undefined && compareStamps(sb, sa) < 0) ? b : a;
  const deletions = [a, b].filter((copy) => copy._deleted === 1).map((copy) => copy._stamps._deleted ?? '');
  if (deletions.length === 0) return first;
  const deletedAt = deletions.reduce((max, s) => (s > max ? s : max), '');
  const stamps = { ...first._stamps, ...(deletedAt ? { _deleted: deletedAt } : {}) };
  const changed = Object.values(stamps).reduce((max, s) => (s > max ? s : max), '');
  return { ...first, _deleted: 1, _stamps: stamps, _changed: changed };
}
