// Live reads for the sync screens: this device's connection, and a record an overwritten value
// belongs to (to name it). `undefined` while loading, `null` when there is none.
import { useLiveQuery } from 'dexie-react-hooks';
import { isSyncedTableName } from '../domain/table-registry';
import { database } from './database';
import { repositories } from './repositories';
import { readConnection } from './sync-state';

export function useSyncConnection() {
  return useLiveQuery(async () => (await readConnection(database())) ?? null, []);
}

export function useSyncedRecord(table: string, id: string) {
  return useLiveQuery(
    async () => (isSyncedTableName(table) ? ((await repositories[table].get(id)) ?? null) : null),
    [table, id],
  );
}
