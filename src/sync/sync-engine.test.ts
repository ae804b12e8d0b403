// @vitest-environment node
// Two tablets (two IndexedDB databases, two device clocks) against a real sync server in this
// process: PGlite, listening on a free port, spoken to with real fetch.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { createDevice, createSpace, revokeDevice } from '../../server/src/auth/devices';
import type { Database } from '../../server/src/db/database';
import { testDatabases } from '../../server/src/testing/test-databases';
import { formatStamp } from '../domain/hlc';
import { newId } from '../domain/ids';
import type { Meeting } from '../domain/meeting';
import { protocolHeader } from '../domain/sync-protocol';
import { castSecretBallot } from '../storage/ballot-box';
import { RaadetDatabase, setDatabase } from '../storage/database';
import { getMedia, putMedia } from '../storage/media-store';
import { meetings, members, votes } from '../storage/repositories';
import { takePushBatch } from '../storage/sync-push-batch';
import { readConnection, saveConnection } from '../storage/sync-state';
import { seedCouncil } from '../testing/seed';
import { SyncEngine } from './sync-engine';
import { SyncHttp } from './sync-http';
import type { PullProgress } from './sync-once';

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
  token: string;
  /** Makes this tablet's database the one repositories write to. */
  use(): void;
}

const opened: Tablet[] = [];
let spaceId: string;

async function tablet(
  name: string,
  options: { fetch?: typeof fetch; pullLimit?: number; debounceMs?: number } = {},
): Promise<Tablet> {
  const db = new RaadetDatabase(`${name}-${newId()}`);
  const { device, token } = await createDevice(server, spaceId, name, 'shared-tablet');
  await saveConnection(db, {
    serverUrl,
    token,
    deviceId: device.id,
    deviceName: name,
    spaceId,
    spaceName: 'Solhjem',
  });
  const engine = new SyncEngine({ db, pokes: false, intervalMs: 3_600_000, debounceMs: 3_600_000, ...options });
  const made = { db, engine, deviceId: device.id, token, use: () => setDatabase(db) };
  opened.push(made);
  return made;
}

/** Syncs with the tablet's own database current, as the app has it. */
async function sync(t: Tablet): Promise<void> {
  t.use();
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

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function newMeeting(t: Tablet, changes: Partial<Meeting> = {}): Promise<Meeting> {
  t.use();
  return meetings.save({
    id: newId(),
    councilId: newId(),
    title: 'Forårsmøde',
    startsAt: '2026-03-04T10:00:00.000Z',
    endsAt: '2026-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
    ...changes,
  });
}

async function serverRows(
  table?: string,
): Promise<{ table_name: string; id: string; data: Record<string, unknown> }[]> {
  return server.query(
    `select table_name, id, data from records where space_id = $1 ${table ? 'and table_name = $2' : ''} order by id`,
    table ? [spaceId, table] : [spaceId],
  );
}

describe('sync engine against a real server', () => {
  it('keeps both edits when two tablets change different fields of one meeting offline', async () => {
    const a = await tablet('tableta');
    const b = await tablet('tabletb');
    const meeting = await newMeeting(a);
    await sync(a);
    await sync(b);
    a.use();
    await meetings.update(meeting.id, { title: 'Sommermøde' });
    b.use();
    await meetings.update(meeting.id, { location: 'Haven' });
    await sync(a);
    await sync(b);
    await sync(a);
    const onA = await a.db.meetings.get(meeting.id);
    const onB = await b.db.meetings.get(meeting.id);
    expect(onA).toEqual(onB);
    expect(onA).toMatchObject({ title: 'Sommermøde', location: 'Haven' });
    expect(await a.db.outbox.count()).toBe(0);
    expect(await b.db.outbox.count()).toBe(0);
    expect(a.engine.status.getSnapshot()).toMatchObject({ state: { kind: 'synced' }, pending: 0 });
    // Edits made one after the other are not concurrent: nothing for staff to look at.
    expect(await server.query('select * from overwritten_values where space_id = $1', [spaceId])).toEqual([]);
  });

  it('logs nothing when a tablet changes a field after it has seen the other tablet’s value', async () => {
    const a = await tablet('tableta');
    const b = await tablet('tabletb');
    const meeting = await newMeeting(a);
    await sync(a);
    await sync(b);
    a.use();
    await meetings.update(meeting.id, { title: 'Tablet A’s title' });
    await sync(a);
    await sync(b);
    b.use();
    await meetings.update(meeting.id, { title: 'Tablet B’s title, seeing A’s' });
    await meetings.update(meeting.id, { location: 'Haven' });
    // The outbox row of B's first edit keeps what it was made on: A's title.
    const [first] = await b.db.outbox.orderBy('seq').toArray();
    expect(first!.base).toEqual((await a.db.meetings.get(meeting.id))!._stamps);
    await sync(b);
    await sync(a);
    expect((await a.db.meetings.get(meeting.id))!.title).toBe('Tablet B’s title, seeing A’s');
    expect(await server.query('select * from overwritten_values where space_id = $1', [spaceId])).toEqual([]);
  });

  it('gives the later edit of one field to every tablet and keeps the overwritten value', async () => {
    const a = await tablet('tableta');
    const b = await tablet('tabletb');
    const meeting = await newMeeting(a);
    await sync(a);
    await sync(b);
    a.use();
    await meetings.update(meeting.id, { title: 'Tablet A’s title' });
    await tick();
    b.use();
    await meetings.update(meeting.id, { title: 'Tablet B’s title' });
    await sync(b);
    await sync(a);
    await sync(b);
    expect((await a.db.meetings.get(meeting.id))!.title).toBe('Tablet B’s title');
    expect(await a.db.meetings.get(meeting.id)).toEqual(await b.db.meetings.get(meeting.id));
    const log = await server.query<{ field: string; value: unknown; winner: unknown }>(
      'select field, value, winner from overwritten_values where space_id = $1',
      [spaceId],
    );
    expect(log).toEqual([{ field: 'title', value: 'Tablet A’s title', winner: 'Tablet B’s title' }]);
  });

  it('pushes an edit made during a sync before merging the pulled copy over it', async () => {
    let editDuringPull: (() => Promise<void>) | undefined;
    const interrupted: typeof fetch = async (input, init) => {
      if (String(input).endsWith('/api/sync/pull') && editDuringPull) {
        const edit = editDuringPull;
        editDuringPull = undefined;
        await edit();
      }
      return fetch(input, init);
    };
    const a = await tablet('tableta', { fetch: interrupted });
    const b = await tablet('tabletb');
    const meeting = await newMeeting(a);
    await sync(a);
    await sync(b);
    b.use();
    await meetings.update(meeting.id, { title: 'Tablet B’s title' });
    await sync(b);
    editDuringPull = async () => {
      a.use();
      await meetings.update(meeting.id, { location: 'Haven' });
    };
    await sync(a);
    await sync(b);
    expect(await a.db.meetings.get(meeting.id)).toMatchObject({ title: 'Tablet B’s title', location: 'Haven' });
    expect(await a.db.meetings.get(meeting.id)).toEqual(await b.db.meetings.get(meeting.id));
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('sends a batch again after a crash between sending and the answer, and nothing doubles', async () => {
    const a = await tablet('tableta');
    const meeting = await newMeeting(a);
    // The app sends the batch, then dies before it can delete the outbox rows.
    const batch = await takePushBatch(a.db, 200);
    const connection = await readConnection(a.db);
    await new SyncHttp({ serverUrl, token: connection!.token! }).push(batch!.mutations);
    const [before] = await server.query<{ version: string }>('select version from sync_spaces where id = $1', [
      spaceId,
    ]);
    // Meanwhile the meeting changes again: that change is a new outbox row and must still go.
    a.use();
    await meetings.update(meeting.id, { location: 'Haven' });
    await sync(a);
    const rows = await serverRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.data).toMatchObject({ title: 'Forårsmøde', location: 'Haven' });
    const [device] = await server.query<{ last_mutation_id: string }>(
      'select last_mutation_id from devices where id = $1',
      [a.deviceId],
    );
    // Mutation 1 once (the resend was skipped), mutation 2 for the later change.
    expect(Number(device!.last_mutation_id)).toBe(2);
    const [after] = await server.query<{ version: string }>('select version from sync_spaces where id = $1', [spaceId]);
    expect(Number(after!.version)).toBe(Number(before!.version) + 1);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('stops and forgets the token when the device is revoked, keeping the local data', async () => {
    const a = await tablet('tableta');
    const meeting = await newMeeting(a);
    await revokeDevice(server, a.deviceId);
    await sync(a);
    expect(a.engine.status.getSnapshot().state).toEqual({ kind: 'revoked' });
    expect((await readConnection(a.db))?.token).toBeUndefined();
    expect(await a.db.meetings.get(meeting.id)).toMatchObject({ title: 'Forårsmøde' });
    expect(await a.db.outbox.count()).toBe(1);
  });

  it('asks for an app update when the server speaks another protocol version', async () => {
    const olderApp: typeof fetch = (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), [protocolHeader]: '0' } });
    const a = await tablet('tableta', { fetch: olderApp });
    await newMeeting(a);
    await sync(a);
    expect(a.engine.status.getSnapshot().state).toEqual({ kind: 'update-app' });
    expect(await serverRows()).toEqual([]);
  });

  it('syncs by itself on start and soon after a local write', async () => {
    const a = await tablet('tableta', { debounceMs: 20 });
    a.use();
    await a.engine.start();
    expect(a.engine.status.getSnapshot()).toMatchObject({ state: { kind: 'synced' }, pending: 0 });
    expect(a.engine.status.getSnapshot().lastSuccessAt).toEqual(expect.any(String));
    const meeting = await newMeeting(a);
    await expect.poll(async () => (await serverRows()).map((r) => r.id)).toEqual([meeting.id]);
    await expect.poll(() => a.engine.status.getSnapshot().pending).toBe(0);
  });

  it('says offline when the server cannot be reached', async () => {
    const a = await tablet('tableta', { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await newMeeting(a);
    await sync(a);
    expect(a.engine.status.getSnapshot()).toMatchObject({ state: { kind: 'offline' }, pending: 1 });
  });

  it('stops when this device’s clock is far ahead of the server’s, sending nothing', async () => {
    const a = await tablet('tableta');
    const meeting = await newMeeting(a);
    const ahead = formatStamp({ wallMs: Date.now() + 10 * 60_000, counter: 0, node: 'tableta' });
    await a.db.meetings.update(meeting.id, {
      _stamps: { ...(await a.db.meetings.get(meeting.id))!._stamps, title: ahead },
    });
    await sync(a);
    expect(a.engine.status.getSnapshot().state).toEqual({ kind: 'clock-ahead' });
    expect(await serverRows()).toEqual([]);
  });

  it('pulls a large facility in pages and reports the progress', async () => {
    const a = await tablet('tableta');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await newMeeting(a)).id);
    await sync(a);
    const b = await tablet('tabletb', { pullLimit: 2 });
    const progress: PullProgress[] = [];
    b.engine.status.subscribe(() => {
      const pull = b.engine.status.getSnapshot().pull;
      if (pull) progress.push(pull);
    });
    await sync(b);
    expect((await b.db.meetings.toArray()).map((m) => m.id).sort()).toEqual([...ids].sort());
    expect(progress.map((p) => p.records)).toEqual([2, 4, 6, 7]);
    expect(progress.at(-1)).toEqual({ pages: 4, records: 7, more: false });
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('uploads the photo a record names before the record, and the other tablet downloads it', async () => {
    const a = await tablet('tableta');
    const b = await tablet('tabletb');
    const photo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]).buffer;
    const hash = await putMedia(photo, 'image/png', {}, a.db);
    a.use();
    const council = await seedCouncil();
    await members.save({
      id: newId(),
      councilId: council.id,
      displayName: 'Anna',
      role: 'resident',
      photo: hash,
      photoConsent: false,
    });
    await sync(a);
    const [stored] = await server.query<{ n: number }>('select count(*)::int as n from media where hash = $1', [hash]);
    expect(stored!.n).toBe(1);
    await sync(b);
    const copy = await getMedia(hash, b.db);
    expect(copy?.mime).toBe('image/png');
    expect(new Uint8Array(copy!.bytes)).toEqual(new Uint8Array(photo));
  });

  it('never sends a secret ballot: only who has voted and the vote travel', async () => {
    const a = await tablet('tableta');
    a.use();
    const council = await seedCouncil();
    const meeting = await newMeeting(a, { councilId: council.id, status: 'in-progress' });
    const memberId = newId();
    await members.save({
      id: memberId,
      councilId: council.id,
      displayName: 'Anna',
      role: 'resident',
      photoConsent: false,
    });
    const vote = await votes.save({
      id: newId(),
      meetingId: meeting.id,
      agendaItemId: newId(),
      question: 'Hvor skal vi hen?',
      kind: 'choose-one',
      mode: 'secret',
      status: 'open',
      options: [
        { id: 'beach', label: 'Stranden', picture: { type: 'pictogram', id: 'swimming' } },
        { id: 'zoo', label: 'Zoo', picture: { type: 'pictogram', id: 'pet' } },
      ],
    });
    expect(await castSecretBallot({ boxId: vote.id, memberId, picked: ['zoo'], assisted: false })).toEqual({
      ok: true,
    });
    await sync(a);
    const stored = await serverRows();
    expect(new Set(stored.map((r) => r.table_name))).toEqual(
      new Set(['facilities', 'councils', 'meetings', 'members', 'votes', 'hasVoted']),
    );
    expect(JSON.stringify(stored)).not.toContain('"choice"');
  });
});
