// What the sync engine keeps on this device, in the meta table: the connection to the server
// (set once at enrolment), the pull cursor, the next mutation id, the batch being sent, the last
// successful sync. (What each change was based on travels with its outbox row: storage/outbox.ts.)
import { startCursor, type Cursor, type Mutation } from '../domain/sync-protocol';
import type { RaadetDatabase } from './database';

export interface SyncConnection {
  /** Where the API is; '' is the origin the app came from. */
  serverUrl: string;
  /** Absent once the server revoked the device: the data stays, sync stops. */
  token?: string;
  deviceId: string;
  deviceName: string;
  spaceId: string;
  spaceName: string;
  /** What the server enrolled this device as (absent in connections saved before it was kept). */
  role?: 'shared-tablet' | 'staff' | 'admin';
}

/** Mutations sent (or about to be) with the outbox rows they answer for. */
export interface PendingBatch {
  mutations: Mutation[];
  seqs: string[];
}

const keys = {
  connection: 'sync-connection',
  cursor: 'sync-cursor',
  nextMutationId: 'sync-next-mutation-id',
  pendingBatch: 'sync-pending-batch',
  lastSuccessAt: 'sync-last-success-at',
} as const;

async function read<T>(db: RaadetDatabase, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function readConnection(db: RaadetDatabase): Promise<SyncConnection | undefined> {
  return read<SyncConnection>(db, keys.connection);
}

/**
 * After enrolment. A device is new to the server, so it starts pulling from the beginning and
 * numbering its mutations from 1 (a token the server has seen before corrects that on the first
 * pull, see `learnLastMutationId`). Local records stay: the outbox sends them.
 */
export async function saveConnection(db: RaadetDatabase, connection: SyncConnection): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: keys.connection, value: connection });
    await db.meta.put({ key: keys.cursor, value: startCursor });
    await db.meta.put({ key: keys.nextMutationId, value: 1 });
    await db.meta.delete(keys.pendingBatch);
  });
}

/** The server revoked this device: forget its token, keep every record and the outbox. */
export async function forgetToken(db: RaadetDatabase): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const connection = await readConnection(db);
    if (!connection) return;
    const { token, ...rest } = connection;
    void token;
    await db.meta.put({ key: keys.connection, value: rest });
  });
}

export async function readCursor(db: RaadetDatabase): Promise<Cursor> {
  return (await read<Cursor>(db, keys.cursor)) ?? startCursor;
}

/** Inside the transaction that applies the page the cursor points past. */
export async function writeCursor(db: RaadetDatabase, cursor: Cursor): Promise<void> {
  await db.meta.put({ key: keys.cursor, value: cursor });
}

export async function readNextMutationId(db: RaadetDatabase): Promise<number> {
  return (await read<number>(db, keys.nextMutationId)) ?? 1;
}

export async function writeNextMutationId(db: RaadetDatabase, next: number): Promise<void> {
  await db.meta.put({ key: keys.nextMutationId, value: next });
}

/**
 * The server says which mutation it applied last for this device. Numbering below it would
 * make the server skip new changes as already applied (a tablet reset and re-enrolled with a
 * token it had before), so the next id moves past it. Inside a transaction with `meta`.
 */
export async function learnLastMutationId(db: RaadetDatabase, lastMutationId: number): Promise<void> {
  if ((await readNextMutationId(db)) <= lastMutationId) await writeNextMutationId(db, lastMutationId + 1);
}

export async function readPendingBatch(db: RaadetDatabase): Promise<PendingBatch | undefined> {
  return read<PendingBatch>(db, keys.pendingBatch);
}

export async function writePendingBatch(db: RaadetDatabase, batch: PendingBatch | undefined): Promise<void> {
  if (batch) await db.meta.put({ key: keys.pendingBatch, value: batch });
  else await db.meta.delete(keys.pendingBatch);
}

export async function readLastSuccessAt(db: RaadetDatabase): Promise<string | undefined> {
  return read<string>(db, keys.lastSuccessAt);
}

export async function writeLastSuccessAt(db: RaadetDatabase, at: string): Promise<void> {
  await db.meta.put({ key: keys.lastSuccessAt, value: at });
}
