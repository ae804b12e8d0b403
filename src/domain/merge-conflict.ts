// A per-field merge can combine two valid copies into one the schema refuses. Fields that
// belong together (a meeting's start and end, a vote's kind and options) are merged as one
// unit (field-groups.ts), so that cannot happen inside a group; it still can across groups:
// a secret vote closed here with a result counted for options another tablet replaced. Such a
// result is never stored and never dropped: the local copy stays as it is, and the incoming
// copy is kept as a conflict that staff can see (storage/merge-conflicts.ts, Settings).
import { z } from 'zod';
import type { FieldGroup } from './field-groups';
import { mergeRecord } from './merge-record';
import { stripMeta, type SyncMeta } from './sync-meta';
import { fieldErrors, type ValidationKey } from './validation-issue';

type Row = Record<string, unknown> & SyncMeta & { id: string };

export const mergeConflictSchema = z.object({
  /** One conflict per table, record and incoming version: importing a file twice adds nothing. */
  id: z.string().min(1),
  table: z.string().min(1),
  recordId: z.string().min(1),
  /** The copy that could not be merged, with its stamps, exactly as it arrived. */
  incoming: z.record(z.string(), z.unknown()),
  /** The copy this device kept, as it was when the merge was tried. */
  local: z.record(z.string(), z.unknown()),
  /** Why the schema refused the merged record: an i18n key in the `common` namespace. */
  reason: z.string(),
  /** When the merge was tried (ISO). */
  at: z.string(),
});
export type MergeConflict = z.infer<typeof mergeConflictSchema>;

export type CheckedMerge<T extends Row> = { ok: true; merged: T } | { ok: false; reason: ValidationKey };

/**
 * Merges two copies of one record and validates the result with the table's schema.
 * `repair` is applied to the record before it is checked (rows older versions stored that
 * today's schema refuses for reasons the merge did not cause). `fieldGroups` are the table's
 * groups (field-groups.ts), merged as one unit each.
 */
export function mergeChecked<T extends Row>(
  schema: z.ZodType,
  local: T,
  incoming: T,
  repair: (entity: Record<string, unknown>) => Record<string, unknown> = (entity) => entity,
  fieldGroups: readonly FieldGroup[] = [],
): CheckedMerge<T> {
  const merged = mergeRecord(local, incoming, fieldGroups);
  const valid = schema.safeParse(repair(stripMeta(merged)));
  if (valid.success) return { ok: true, merged };
  return { ok: false, reason: fieldErrors(valid.error.issues)[0]?.key ?? 'validation.invalid' };
}

export function mergeConflictId(table: string, recordId: string, incoming: SyncMeta): string {
  return `${table}:${recordId}:${incoming._changed}`;
}

/** What staff need to recognise the record: its title, name or display name, if it has one. */
export function conflictTitle(conflict: Pick<MergeConflict, 'incoming' | 'local'>): string | undefined {
  for (const copy of [conflict.local, conflict.incoming]) {
    for (const field of ['title', 'name', 'displayName', 'question', 'text']) {
      const value = copy[field];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return undefined;
}
