// The conflicts staff see in Settings: merges the schema refused (see domain/merge-conflict.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import type { MergeConflict } from '../domain/merge-conflict';
import { database } from './database';

/** Newest first. `undefined` while loading. */
export function useMergeConflicts(): MergeConflict[] | undefined {
  return useLiveQuery(async () => await database().conflicts.orderBy('at').reverse().toArray(), []);
}

/** Staff have read it: the incoming copy is let go on purpose, never by the app itself. */
export async function dismissMergeConflict(id: string): Promise<void> {
  await database().conflicts.delete(id);
}
