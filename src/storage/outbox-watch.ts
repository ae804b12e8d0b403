// How many changes wait to be sent, as it changes: the sync status shows it, and a new outbox
// row is the engine's cue to sync soon after a local write.
import { liveQuery } from 'dexie';
import type { RaadetDatabase } from './database';

/** Calls `onCount` now and after every change; returns the function that stops watching. */
export function watchOutboxCount(db: RaadetDatabase, onCount: (count: number) => void): () => void {
  const subscription = liveQuery(() => db.outbox.count()).subscribe({ next: onCount, error: () => undefined });
  return () => subscription.unsubscribe();
}

export async function outboxCount(db: RaadetDatabase): Promise<number> {
  return db.outbox.count();
}
