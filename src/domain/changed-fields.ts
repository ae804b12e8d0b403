// What a screen changed, as a patch for Repository.update: a screen that saved the whole
// record it rendered would re-stamp every field edited elsewhere since (another tab, a sync)
// with its old value, and that old value would then win the per-field merge.

type Patch<T> = { [K in keyof T]?: T[K] | undefined };

/** Deep equality for the JSON-shaped values records hold (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameValue(left[key], right[key])) return false;
  return true;
}

/**
 * The fields of `after` that differ from `before`, without `id`. A field `before` had and
 * `after` lacks comes back as `undefined`, which Repository.update reads as "clear it".
 */
export function changedFields<T extends { id: string }>(before: T, after: T): Patch<Omit<T, 'id'>> {
  const patch: Record<string, unknown> = {};
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (key === 'id') continue;
    if (!sameValue(was[key], now[key])) patch[key] = now[key];
  }
  return patch as Patch<Omit<T, 'id'>>;
}
