// Changes the server will not take (a record that fails its schema there, a picture it will not
// store) are held back on this device, so every later change still goes: a device's mutations
// go in order, and one refused change would otherwise block them all. Nothing is dropped: the
// record stays as it is here, and the Sync screen lists the held-back change until staff try
// it again or discard it. Kept in `meta` beside the rest of the sync state: it never syncs and
// is not in a backup (a restored tablet queues its records anew, so a held-back one goes again).
import { liveQuery } from 'dexie';
import { parseStamp } from '../domain/hlc';
import { startCursor, type Mutation } from '../domain/sync-protocol';
import type { SyncedTableName } from '../domain/table-registry';
import type { RaadetDatabase } from './database';
import { queueUnstamped } from './outbox';
import { readPendingBatch, writeCursor, writePendingBatch } from './sync-state';

export interface HeldChange {
  table: SyncedTableName;
  id: string;
  /** The server's error code; the Sync screen says it in words. */
  code: string;
  /** The server's English reason, for whoever looks into it. */
  message?: string;
  /** When the change was made on this device (its newest outbox row's stamp). */
  madeAt: string;
  heldAt: string;
  /** The id it was refused under. Used up: the server counts later ids as past it. */
  mutationId: number;
  /** The refused mutation's base, for the retry (see OutboxRow.base). */
  base?: Record<string, string>;
}

export interface Refusal {
  code?: string;
  message?: string;
}

const prefix = 'sync-held/';

function heldKey(table: string, id: string): string {
  return `${prefix}${table}/${id}`;
}

function stampTime(seq: string): number | undefined {
  return parseStamp(seq)?.wallMs;
}

/**
 * Moves a refused mutation out of the batch under way and its record's outbox rows into the
 * held-back list, in one transaction: the rest of the batch still goes, and once the batch is
 * done the outbox no longer holds this change. A second refusal of the same record replaces
 * the first (its record's current state went both times).
 */
export async function holdBack(
  db: RaadetDatabase,
  mutation: Mutation,
  refusal: Refusal,
  nowMs: number = Date.now(),
): Promise<void> {
  const { table } = mutation;
  const { id } = mutation.record;
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    const pending = await readPendingBatch(db);
    const rows = pending ? await db.outbox.bulkGet(pending.seqs) : [];
    const mine = rows.filter((row) => row?.table === table && row.id === id).map((row) => row!.seq);
    if (pending) {
      await writePendingBatch(db, {
        mutations: pending.mutations.filter((m) => m.mutationId !== mutation.mutationId),
        seqs: pending.seqs.filter((seq) => !mine.includes(seq)),
      });
    }
    await db.outbox.bulkDelete(mine);
    const madeMs = Math.max(...mine.map(stampTime).filter((ms) => ms !== undefined), -1);
    const held: HeldChange = {
      table,
      id,
      code: refusal.code ?? 'unknown',
      ...(refusal.message ? { message: refusal.message } : {}),
      madeAt: new Date(madeMs >= 0 ? madeMs : nowMs).toISOString(),
      heldAt: new Date(nowMs).toISOString(),
      mutationId: mutation.mutationId,
      ...(mutation.base ? { base: mutation.base } : {}),
    };
    await db.meta.put({ key: heldKey(table, id), value: held });
  });
}

/** A later change of the record went through: what was held back went with it. Inside a transaction with `meta`. */
export async function settleHeldChange(db: RaadetDatabase, table: string, id: string): Promise<void> {
  await db.meta.delete(heldKey(table, id));
}

export async function readHeldChanges(db: RaadetDatabase): Promise<HeldChange[]> {
  const rows = await db.meta.where('key').startsWith(prefix).toArray();
  return rows.map((row) => row.value as HeldChange).sort((a, b) => a.madeAt.localeCompare(b.madeAt));
}

/** Calls `onCount` now and after every change; returns the function that stops watching. */
export function watchHeldCount(db: RaadetDatabase, onCount: (count: number) => void): () => void {
  const subscription = liveQuery(() => db.meta.where('key').startsWith(prefix).count()).subscribe({
    next: onCount,
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

/**
 * "Try again": the record goes back into the outbox with a new seq, so the next push sends its
 * current state under a new mutation id (the old one is used up on the server).
 */
export async function retryHeldChange(db: RaadetDatabase, table: SyncedTableName, id: string): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    const held = (await db.meta.get(heldKey(table, id)))?.value as HeldChange | undefined;
    if (!held) return;
    await db.meta.delete(heldKey(table, id));
    await queueUnstamped(db, table, id, held.base);
  });
}

/** "Try all again": every held-back change goes back into the outbox, oldest first. */
export async function retryAllHeldChanges(db: RaadetDatabase): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    for (const change of await readHeldChanges(db)) {
      await db.meta.delete(heldKey(change.table, change.id));
      await queueUnstamped(db, change.table, change.id, change.base);
    }
  });
}

/**
 * "Discard": this device's copy of the record goes, with its unsent changes, and the next sync
 * pulls from the beginning so the facility's copy comes back, if the server has one. A full pull
 * is the only way to get one record's server copy, and a rare, deliberate step may cost that.
 */
export async function discardHeldChange(db: RaadetDatabase, table: SyncedTableName, id: string): Promise<void> {
  await db.transaction('rw', [db.table(table), db.outbox, db.meta], async () => {
    if (!(await db.meta.get(heldKey(table, id)))) return;
    await db.meta.delete(heldKey(table, id));
    await db.table(table).delete(id);
    await db.outbox
      .where('table')
      .equals(table)
      .filter((row) => row.id === id)
      .delete();
    await writeCursor(db, startCursor);
  });
}
