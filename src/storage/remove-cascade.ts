// Deleting a record also deletes what only exists because of it: every row whose parent
// relation (domain/table-registry.ts) names it, and their children in turn. Children go first:
// if the tablet stops half-way, the parent is still there and staff can simply delete it again,
// and no record is left pointing at a missing parent. Every remove is a tombstone, so the
// deletes also reach other devices through sync. Secret ballots and evaluation answers never
// leave the device and have no repository on purpose; without their vote or evaluation nothing
// shows them.
import { childrenOf, type SyncedTableName } from '../domain/table-registry';
import { repositories } from './repositories';

export async function removeWithContent(table: SyncedTableName, id: string): Promise<void> {
  for (const child of childrenOf(table)) {
    for (const row of await repositories[child.table].where(child.field, id)) {
      await removeWithContent(child.table, row.id);
    }
  }
  await repositories[table].remove(id);
}
