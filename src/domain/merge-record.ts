import { compareStamps } from './hlc';
import type { SyncMeta } from './sync-meta';

type Row = Record<string, unknown> & SyncMeta;

/**
 * Merges two copies of one record field by field: for each field the copy with the newer
 * clock stamp wins. Deterministic and symmetric, so every device that sees both copies ends
 * with the same record whatever the order they arrived in. The tombstone is a field too
 * (stamped as `_deleted`), so a later edit can revive a record deleted earlier elsewhere.
 */
export function mergeRecord<T extends Row>(a: T, b: T): T {
  const fields = new Set([...Object.keys(a._stamps), ...Object.keys(b._stamps)]);
  const merged: Record<string, unknown> = { ...a };
  const stamps: Record<string, string> = {};
  for (const field of fields) {
    const sa = a._stamps[field];
    const sb = b._stamps[field];
    const takeB = sa === undefined || (sb !== undefined && compareStamps(sb, sa) > 0);
    const source = takeB ? b : a;
    stamps[field] = (takeB ? sb : sa) as string;
    if (field in source) merged[field] = source[field];
    else delete merged[field];
  }
  merged._stamps = stamps;
  merged._changed = Object.values(stamps).reduce((max, s) => (s > max ? s : max), '');
  merged._deleted = merged._deleted === 1 ? 1 : 0;
  return merged as T;
}
