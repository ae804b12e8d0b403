// The held-back changes as the Sync screen lists them, live: each with the name of its record
// as this device has it now (`undefined` when the record has no name field, `present: false`
// when it is gone).
import { useLiveQuery } from 'dexie-react-hooks';
import { conflictTitle } from '../domain/merge-conflict';
import { database } from './database';
import { readHeldChanges, type HeldChange } from './held-changes';

export interface ListedHeldChange extends HeldChange {
  title?: string;
  present: boolean;
}

export function useHeldChanges(): ListedHeldChange[] | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const held = await readHeldChanges(db);
    return Promise.all(
      held.map(async (change) => {
        const record = (await db.table<Record<string, unknown>, string>(change.table).get(change.id)) ?? undefined;
        const title = record ? conflictTitle({ local: record, incoming: {} }) : undefined;
        return { ...change, present: Boolean(record), ...(title ? { title } : {}) };
      }),
    );
  }, []);
}
