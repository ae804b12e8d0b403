// How a local write becomes a stored record: the server applies the same rule, so it lives here.
import { unitOf, type FieldGroup } from './field-groups';
import { stripMeta, type Stored } from './sync-meta';

interface Entity {
  id: string;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The stored record after applying `next`, stamping only fields whose value changed. When one
 * field of a group changed (or was cleared), every field of its group gets the new stamp, so
 * the group is merged as one unit (field-groups.ts).
 */
export function stampChanges<T extends Entity>(
  existing: Stored<T> | undefined,
  next: T,
  deleted: 0 | 1,
  stamp: string,
  fieldGroups: readonly FieldGroup[] = [],
): Stored<T> {
  const stamps: Record<string, string> = { ...(existing?._stamps ?? {}) };
  const before = (existing ? stripMeta(existing) : {}) as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (sameValue(before[field], after[field])) continue;
    for (const member of unitOf(field, fieldGroups)) stamps[member] = stamp;
  }
  if (!existing || existing._deleted !== deleted) stamps._deleted = stamp;
  const changed = Object.values(stamps).reduce((max, s) => (s > max ? s : max), '');
  return { ...next, _stamps: stamps, _deleted: deleted, _changed: changed } as Stored<T>;
}
