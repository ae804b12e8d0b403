import { z } from 'zod';

/**
 * What storage adds to every synced record: one clock stamp per field that was ever written
 * (so concurrent edits of different fields both survive), and a tombstone flag instead of
 * deleting rows (so a delete travels to other devices).
 */
export const syncMetaSchema = z.object({
  _stamps: z.record(z.string(), z.string()),
  _deleted: z.union([z.literal(0), z.literal(1)]),
  /**
   * The newest of `_stamps`: it names a version of the record (merge-conflict.ts). Not the
   * change feed, and not indexed: what sync sends is what the outbox (storage/outbox.ts)
   * queued, because restores and merges store records whose newest stamp is old.
   */
  _changed: z.string(),
});
export type SyncMeta = z.infer<typeof syncMetaSchema>;
export type Stored<T> = T & SyncMeta;

export function stripMeta<T extends object>(record: Stored<T>): T {
  const { _stamps, _deleted, _changed, ...rest } = record;
  void _stamps;
  void _deleted;
  void _changed;
  return rest as unknown as T;
}
