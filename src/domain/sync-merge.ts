// How a copy of a record from another device is merged into the one stored here. The sync
// server applies it to every pushed record, and the tablet to every pulled one, so both sides
// reach the same record by the same rule (table-registry.ts says which rule a table uses).
// Besides the merged record it reports every value the merge overwrote that was changed
// concurrently, so staff can see it and put it back: nothing a person typed disappears silently.
import { parseStamp } from './hlc';
import { mergeChecked } from './merge-conflict';
import { mergeInsertOnly } from './merge-record';
import { stripMeta, type SyncMeta } from './sync-meta';
import { fieldGroupsOf, repairOf, schemaOf, travelOf, type SyncedTableName } from './table-registry';

type Row = Record<string, unknown> & SyncMeta & { id: string };

/** A value one side had and the merge replaced with the other side's. */
export interface OverwrittenValue {
  field: string;
  /** The value that lost (undefined: the field was absent). */
  value: unknown;
  stamp: string;
  /** The value that won, and its stamp. */
  winner: unknown;
  winnerStamp: string;
}

export type IncomingMerge =
  | { ok: true; merged: Row; overwritten: OverwrittenValue[] }
  /** The merged record breaks a rule of the schema: the stored record stays as it was. */
  | { ok: false; reason: string };

/**
 * Merges `incoming` into `stored` (undefined: not stored yet). `base` is the field stamps of
 * the copy the sending device last received from here: a field both sides changed since then
 * was edited concurrently, and the value that lost is reported. Without a base every differing
 * field counts as concurrent (better a needless entry in the log than a lost edit).
 */
export function mergeIncoming(
  table: SyncedTableName,
  stored: Row | undefined,
  incoming: Row,
  base?: Readonly<Record<string, string>>,
): IncomingMerge {
  if (!stored) {
    const valid = schemaOf(table).safeParse(repairOf(table)?.(stripMeta(incoming)) ?? stripMeta(incoming));
    return valid.success
      ? { ok: true, merged: incoming, overwritten: [] }
      : { ok: false, reason: 'validation.invalid' };
  }
  if (travelOf(table) === 'insert-only') {
    const merged = mergeInsertOnly(stored, incoming);
    return { ok: true, merged, overwritten: [...keptFirst(stored, merged), ...keptFirst(incoming, merged)] };
  }
  const outcome = mergeChecked(schemaOf(table), stored, incoming, repairOf(table), fieldGroupsOf(table));
  if (!outcome.ok) return outcome;
  return { ok: true, merged: outcome.merged, overwritten: overwrittenBy(stored, incoming, outcome.merged, base) };
}

// A field group travels as one unit with one stamp, so its fields are reported one by one.
function overwrittenBy(
  stored: Row,
  incoming: Row,
  merged: Row,
  base: Readonly<Record<string, string>> | undefined,
): OverwrittenValue[] {
  const lost: OverwrittenValue[] = [];
  const fields = new Set([...Object.keys(stored._stamps), ...Object.keys(incoming._stamps)]);
  for (const field of fields) {
    if (field === 'id') continue;
    const storedStamp = stored._stamps[field];
    const incomingStamp = incoming._stamps[field];
    if (storedStamp === undefined || incomingStamp === undefined || storedStamp === incomingStamp) continue;
    if (base && (base[field] === storedStamp || base[field] === incomingStamp)) continue;
    // One device replacing its own earlier value is an edit in sequence, not a concurrent one.
    if (parseStamp(storedStamp)?.node === parseStamp(incomingStamp)?.node) continue;
    const winnerStamp = merged._stamps[field];
    const loser = winnerStamp === storedStamp ? incoming : stored;
    const winner = loser === stored ? incoming : stored;
    const value = field === '_deleted' ? loser._deleted : loser[field];
    const winning = field === '_deleted' ? winner._deleted : winner[field];
    if (JSON.stringify(value) === JSON.stringify(winning)) continue;
    lost.push({ field, value, stamp: loser._stamps[field]!, winner: winning, winnerStamp: winner._stamps[field]! });
  }
  return lost;
}

/**
 * What a copy of an insert-only row recorded differently from the copy that was first (two
 * tablets noting one member's vote, one as assisted and one not): the first stays, and the
 * other's values are reported like any overwritten value, so staff see the difference.
 */
function keptFirst(copy: Row, merged: Row): OverwrittenValue[] {
  const lost: OverwrittenValue[] = [];
  for (const field of Object.keys(copy._stamps)) {
    // A deletion is not overwritten: it wins on either side.
    if (field === 'id' || field === '_deleted') continue;
    const stamp = copy._stamps[field]!;
    const winnerStamp = merged._stamps[field];
    if (winnerStamp === undefined || winnerStamp === stamp) continue;
    if (JSON.stringify(copy[field]) === JSON.stringify(merged[field])) continue;
    lost.push({ field, value: copy[field], stamp, winner: merged[field], winnerStamp });
  }
  return lost;
}
