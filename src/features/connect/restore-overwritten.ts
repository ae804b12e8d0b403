// "Restore" of an overwritten value: an ordinary local edit of that one field through the
// repository (validated, stamped, queued), which then syncs like any other edit.
import type { OverwrittenEntry } from '../../domain/sync-protocol';
import { ValidationError } from '../../domain/validation-error';
import { repositories } from '../../storage/repositories';
import type { Repository } from '../../storage/repository';

type RestoreOutcome = { ok: true } | { ok: false; reason: 'missing-record' | 'invalid' | 'not-restorable' };

export async function restoreOverwritten(
  entry: Pick<OverwrittenEntry, 'table' | 'recordId' | 'field' | 'value'>,
): Promise<RestoreOutcome> {
  // Sync fields (the tombstone, stamps) are not values staff edit.
  if (entry.field.startsWith('_') || entry.field === 'id') return { ok: false, reason: 'not-restorable' };
  const repository = repositories[entry.table] as unknown as Repository<{ id: string } & Record<string, unknown>>;
  if (!(await repository.get(entry.recordId))) return { ok: false, reason: 'missing-record' };
  try {
    // An empty field is stored as absent: `null` would not pass the schema.
    await repository.update(entry.recordId, { [entry.field]: entry.value ?? undefined });
    return { ok: true };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, reason: 'invalid' };
    throw error;
  }
}
