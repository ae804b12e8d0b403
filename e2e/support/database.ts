import type { Page } from '@playwright/test';
// The table names come from the app's registry, so a spec can read any synced table and a
// renamed table fails the type check instead of silently reading nothing.
import type { SyncedTableName as SyncedTable } from '../../src/domain/table-registry';

/**
 * Reads the app's IndexedDB ('raadet') directly, past the UI: the live (not tombstoned) rows of
 * one table, optionally only those whose fields equal `where`. Never creates the database.
 */
export async function liveRows<T = Record<string, unknown>>(
  page: Page,
  table: SyncedTable,
  where: Record<string, unknown> = {},
): Promise<T[]> {
  return page.evaluate(
    async ({ table, where }) => {
      const known = await indexedDB.databases();
      if (!known.some((db) => db.name === 'raadet')) return [];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('raadet');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      try {
        if (!db.objectStoreNames.contains(table)) return [];
        const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = db.transaction(table, 'readonly').objectStore(table).getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
        return rows.filter(
          (row) => row._deleted === 0 && Object.entries(where).every(([key, value]) => row[key] === value),
        );
      } finally {
        db.close();
      }
    },
    { table, where },
  ) as Promise<T[]>;
}

export async function liveRowCount(
  page: Page,
  table: SyncedTable,
  where: Record<string, unknown> = {},
): Promise<number> {
  return (await liveRows(page, table, where)).length;
}
