// The outbox side of a push. A batch is taken from the outbox and given its mutation ids in one
// transaction, and kept until the server has answered: if the app dies after sending, the same
// batch goes again with the same ids, so the server applies it exactly once. Acknowledging it
// deletes exactly the outbox rows it was built from; a change queued meanwhile has its own seq
// and stays for the next batch. A mutation the server refuses leaves the batch for the held-back
// list (held-changes.ts), and the rest of the batch goes on.
import type { Mutation } from '../domain/sync-protocol';
import { isSyncedTableName, travelOf } from '../domain/table-registry';
import type { RaadetDatabase } from './database';
import { settleHeldChange } from './held-changes';
import type { StoredRow } from './incoming-record';
import {
  readNextMutationId,
  readPendingBatch,
  writeNextMutationId,
  writePendingBatch,
  type PendingBatch,
} from './sync-state';

/** The batch to send: the one already under way, or a new one from the oldest outbox rows. */
export async function takePushBatch(db: RaadetDatabase, limit: number): Promise<PendingBatch | undefined> {
  return db.transaction('rw', db.tables, async () => {
    const pending = await readPendingBatch(db);
    if (pending) return pending;
    const rows = await db.outbox.orderBy('seq').limit(limit).toArray();
    if (rows.length === 0) return undefined;
    let nextId = await readNextMutationId(db);
    const mutations: Mutation[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const key = `${row.table}/${row.id}`;
      // Two changes of one record go as one: its current state holds both.
      if (seen.has(key) || !isSyncedTableName(row.table) || travelOf(row.table) === 'device-only') continue;
      seen.add(key);
      const record = await db.table<StoredRow, string>(row.table).get(row.id);
      if (!record) continue;
      // Rows come oldest first: this one's base is what the first unsent change was made on.
      mutations.push({ mutationId: nextId++, table: row.table, record, ...(row.base ? { base: row.base } : {}) });
    }
    const batch = { mutations, seqs: rows.map((r) => r.seq) };
    await writeNextMutationId(db, nextId);
    await writePendingBatch(db, batch);
    return batch;
  });
}

/**
 * The server has the batch under way (less what was held back from it meanwhile): its outbox
 * rows are done, and a record held back earlier that went through now is settled.
 */
export async function finishPushBatch(db: RaadetDatabase): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    const batch = await readPendingBatch(db);
    if (!batch) return;
    await db.outbox.bulkDelete(batch.seqs);
    for (const mutation of batch.mutations) await settleHeldChange(db, mutation.table, mutation.record.id);
    await writePendingBatch(db, undefined);
  });
}
