// @vitest-environment node
// A change the server refuses is held back on the tablet, and every other change still goes:
// a tablet against a real sync server in this process (PGlite, real fetch).
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../server/src/app';
import { createDevice, createSpace } from '../../server/src/auth/devices';
import type { Database } from '../../server/src/db/database';
import { testDatabases } from '../../server/src/testing/test-databases';
import { newId } from '../domain/ids';
import type { Meeting } from '../domain/meeting';
import { RaadetDatabase, setDatabase } from '../storage/database';
import { discardHeldChange, readHeldChanges, retryHeldChange } from '../storage/held-changes';
import { queueUnstamped } from '../storage/outbox';
import { meetings, members } from '../storage/repositories';
import { readCursor, saveConnection } from '../storage/sync-state';
import { seedCouncil } from '../testing/seed';
import { SyncEngine } from './sync-engine';

let server: Database;
let app: FastifyInstance;
let serverUrl: string;
let dispose: () => Promise<void>;

beforeAll(async () => {
  const opened = await testDatabases[0]!.open();
  server = opened.db;
  dispose = opened.dispose;
  app = await buildApp({ db: server });
  await app.listen({ port: 0, host: '127.0.0.1' });
  serverUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await app?.close();
  await dispose?.();
});

interface Tablet {
  db: RaadetDatabase;
  engine: SyncEngine;
  deviceId: string;
  name: string;
}

const opened: Tablet[] = [];
let spaceId: string;

function engineFor(db: RaadetDatabase, fetch?: typeof globalThis.fetch): SyncEngine {
  return new SyncEngine({ db, pokes: false, intervalMs: 3_600_000, debounceMs: 3_600_000, fetch });
}

async function tablet(options: { fetch?: typeof globalThis.fetch } = {}): Promise<Tablet> {
  const name = `held-${newId()}`;
  const db = new RaadetDatabase(name);
  const { device, token } = await createDevice(server, spaceId, 'tableta', 'shared-tablet');
  await saveConnection(db, {
    serverUrl,
    token,
    deviceId: device.id,
    deviceName: 'Stuen',
    spaceId,
    spaceName: 'Solhjem',
  });
  const made = { db, engine: engineFor(db, options.fetch), deviceId: device.id, name };
  opened.push(made);
  return made;
}

async function sync(t: Tablet): Promise<void> {
  setDatabase(t.db);
  await t.engine.start();
  await t.engine.syncNow();
}

beforeEach(async () => {
  spaceId = await createSpace(server, 'Solhjem');
});
afterEach(async () => {
  for (const t of opened.splice(0)) {
    t.engine.stop();
    await t.db.delete();
  }
});

async function newMeeting(t: Tablet, title: string): Promise<Meeting> {
  setDatabase(t.db);
  return meetings.save({
    id: newId(),
    councilId: newId(),
    title,
    startsAt: '2026-03-04T10:00:00.000Z',
    endsAt: '2026-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
  });
}

/** A record the server's schema refuses, as an older app version or a bad upgrade might leave it. */
async function spoil(t: Tablet, meeting: Meeting): Promise<void> {
  await t.db.meetings.update(meeting.id, { title: '' });
}

async function serverTitles(): Promise<string[]> {
  const rows = await server.query<{ data: { title: string } }>(
    "select data from records where space_id = $1 and table_name = 'meetings'",
    [spaceId],
  );
  return rows.map((row) => row.data.title).sort();
}

async function lastMutationId(t: Tablet): Promise<number> {
  const [row] = await server.query<{ last_mutation_id: string }>('select last_mutation_id from devices where id = $1', [
    t.deviceId,
  ]);
  return Number(row!.last_mutation_id);
}

/** Three meetings in one batch, the middle one refused by the server. */
async function middleRefused(t: Tablet) {
  const first = await newMeeting(t, 'Forårsmøde');
  const bad = await newMeeting(t, 'Sommermøde');
  const last = await newMeeting(t, 'Høstmøde');
  await spoil(t, bad);
  await sync(t);
  return { first, bad, last };
}

describe('a change the server refuses', () => {
  it('is held back while the changes before and after it reach the server, and the status says so', async () => {
    const a = await tablet();
    const { bad } = await middleRefused(a);
    expect(await serverTitles()).toEqual(['Forårsmøde', 'Høstmøde']);
    expect(await readHeldChanges(a.db)).toEqual([
      expect.objectContaining({ table: 'meetings', id: bad.id, code: 'invalid-record', mutationId: 2 }),
    ]);
    expect(await a.db.outbox.count()).toBe(0);
    // The tablet keeps the record as it is: nothing of the user's is dropped.
    expect(await a.db.meetings.get(bad.id)).toMatchObject({ title: '' });
    expect(await lastMutationId(a)).toBe(3);
    await vi.waitFor(() =>
      expect(a.engine.status.getSnapshot()).toMatchObject({ state: { kind: 'synced' }, pending: 0, heldBack: 1 }),
    );

    // Later changes are not blocked.
    await newMeeting(a, 'Julemøde');
    await sync(a);
    expect(await serverTitles()).toEqual(['Forårsmøde', 'Høstmøde', 'Julemøde']);
  });

  it('is found by halving the batch when the server does not say which mutation it refused', async () => {
    // A server that names no mutation (an older one, or a refusal of the request's shape).
    const unnamed: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status !== 400) return response;
      const { mutationId: _named, ...body } = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify(body), { status: 400, headers: { 'content-type': 'application/json' } });
    };
    const a = await tablet({ fetch: unnamed });
    const titles = ['Et', 'To', 'Tre', 'Fire', 'Fem'];
    const made: Meeting[] = [];
    for (const title of titles) made.push(await newMeeting(a, title));
    await spoil(a, made[3]!);
    await sync(a);
    expect(await serverTitles()).toEqual(['Et', 'Fem', 'To', 'Tre']);
    expect((await readHeldChanges(a.db)).map((held) => held.id)).toEqual([made[3]!.id]);
    expect(await lastMutationId(a)).toBe(5);
  });

  it('never sends a file of a refused type stored before the media gate, and the records still go', async () => {
    const a = await tablet();
    setDatabase(a.db);
    const council = await seedCouncil();
    // The tablet no longer stores such a file (media-store.ts refuses it); an older import could.
    const refusedFile = 'c'.repeat(64);
    await a.db.media.put({
      hash: refusedFile,
      mime: 'application/x-msdownload',
      bytes: new Uint8Array([1, 2, 3]).buffer,
      size: 3,
      createdAt: '',
    });
    const member = (displayName: string, photo?: string) =>
      members.save({
        id: newId(),
        councilId: council.id,
        displayName,
        role: 'resident',
        photoConsent: false,
        ...(photo ? { photo } : {}),
      });
    await member('Anna');
    await member('Bo', refusedFile);
    await member('Carl');
    await sync(a);
    const names = await server.query<{ name: string }>(
      "select data->>'displayName' as name from records where space_id = $1 and table_name = 'members' order by 1",
      [spaceId],
    );
    expect(names.map((row) => row.name)).toEqual(['Anna', 'Bo', 'Carl']);
    expect(await server.query('select 1 from media where hash = $1', [refusedFile])).toEqual([]);
    expect(await readHeldChanges(a.db)).toEqual([]);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('goes again under a new mutation id with Try again, and leaves the list once the server takes it', async () => {
    const a = await tablet();
    const { bad } = await middleRefused(a);
    // Still refused: held back again, under the next id (2 is used up).
    await retryHeldChange(a.db, 'meetings', bad.id);
    await sync(a);
    expect(await readHeldChanges(a.db)).toEqual([expect.objectContaining({ id: bad.id, mutationId: 4 })]);

    await a.db.meetings.update(bad.id, { title: 'Sommermøde' });
    await retryHeldChange(a.db, 'meetings', bad.id);
    await vi.waitFor(() => expect(a.engine.status.getSnapshot().heldBack).toBe(0));
    await sync(a);
    expect(await serverTitles()).toEqual(['Forårsmøde', 'Høstmøde', 'Sommermøde']);
    expect(await readHeldChanges(a.db)).toEqual([]);
    expect(await lastMutationId(a)).toBe(5);
  });

  it('leaves the list when a later edit of the record goes through', async () => {
    const a = await tablet();
    const { bad } = await middleRefused(a);
    setDatabase(a.db);
    await meetings.update(bad.id, { title: 'Sommermøde' });
    await sync(a);
    expect(await serverTitles()).toEqual(['Forårsmøde', 'Høstmøde', 'Sommermøde']);
    expect(await readHeldChanges(a.db)).toEqual([]);
  });

  it('is removed from this tablet with Discard, and the facility’s copy comes back', async () => {
    const a = await tablet();
    const known = await newMeeting(a, 'Kendt møde');
    await sync(a);
    const { bad } = await middleRefused(a);
    await spoil(a, known);
    // Queue the spoiled copy of a record the server has.
    await a.db.transaction('rw', [a.db.outbox, a.db.meta], async () => {
      await queueUnstamped(a.db, 'meetings', known.id, undefined);
    });
    await sync(a);
    expect((await readHeldChanges(a.db)).map((held) => held.id).sort()).toEqual([bad.id, known.id].sort());

    await discardHeldChange(a.db, 'meetings', bad.id);
    await discardHeldChange(a.db, 'meetings', known.id);
    expect(await readCursor(a.db)).toEqual({ version: 0, table: '', id: '' });
    await sync(a);
    expect(await readHeldChanges(a.db)).toEqual([]);
    // Never on the server: gone. On the server: this tablet has the server's copy again.
    expect(await a.db.meetings.get(bad.id)).toBeUndefined();
    expect(await a.db.meetings.get(known.id)).toMatchObject({ title: 'Kendt møde' });
    expect(await serverTitles()).toEqual(['Forårsmøde', 'Høstmøde', 'Kendt møde']);
  });

  it('is still held back after the app reloads', async () => {
    const a = await tablet();
    const { bad } = await middleRefused(a);
    a.engine.stop();
    a.db.close();
    const reopened = new RaadetDatabase(a.name);
    const engine = engineFor(reopened);
    opened.push({ ...a, db: reopened, engine });
    setDatabase(reopened);
    await engine.start();
    expect(await readHeldChanges(reopened)).toEqual([expect.objectContaining({ id: bad.id })]);
    await vi.waitFor(() => expect(engine.status.getSnapshot().heldBack).toBe(1));
  });
});
