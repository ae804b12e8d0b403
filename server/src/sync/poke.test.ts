// @vitest-environment node
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createDevice, createSpace, revokeDevice } from '../auth/devices';
import type { Database } from '../db/database';
import { openPokeReader, type PokeReader } from '../testing/poke-reader';
import { TestDevice } from '../testing/sync-client';
import { testDatabases } from '../testing/test-databases';

const councilId = '00000000-0000-4000-8000-0000000000c1';

function meeting(id: string) {
  return {
    id,
    councilId,
    title: 'Forårsmøde',
    startsAt: '2026-03-04T10:00:00.000Z',
    endsAt: '2026-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
  };
}

describe.each(testDatabases)('poke stream on $name', (testDb) => {
  let db: Database;
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let baseUrl: string;
  let spaceId: string;
  const readers: PokeReader[] = [];

  async function start(heartbeatMs?: number) {
    app = await buildApp({ db, ...(heartbeatMs ? { pokeHeartbeatMs: heartbeatMs } : {}) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }

  beforeAll(async () => {
    const opened = await testDb.open();
    db = opened.db;
    dispose = opened.dispose;
    await start();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(readers.map((reader) => reader.close()));
    await app?.close();
    await dispose?.();
  });

  beforeEach(async () => {
    spaceId = await createSpace(db, 'Solhjem');
  });

  async function device(space = spaceId) {
    const { device, token } = await createDevice(db, space, `tablet-${randomUUID().slice(0, 8)}`, 'shared-tablet');
    return { device, token, sync: new TestDevice(app, token, `t${device.id.slice(0, 8)}`) };
  }

  async function listen(token: string): Promise<PokeReader> {
    const reader = await openPokeReader(baseUrl, token);
    readers.push(reader);
    return reader;
  }

  it('opens with the space’s version and pokes another device of the space when a push lands', async () => {
    const writer = await device();
    await writer.sync.push([writer.sync.edit('meetings', meeting(randomUUID()))]);
    const reader = await listen((await device()).token);
    expect(reader.status).toBe(200);
    expect(await reader.next('version')).toEqual({ event: 'version', data: { version: 1 } });
    await writer.sync.push([writer.sync.edit('meetings', meeting(randomUUID()))]);
    expect(await reader.next('poke')).toEqual({ event: 'poke', data: { version: 2 } });
  });

  it('sends the stream’s headers: event stream, never cached or buffered', async () => {
    const { token } = await device();
    const response = await fetch(`${baseUrl}/api/sync/poke`, {
      headers: new TestDevice(app, token, 'x').headers(),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toContain('no-cache');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get('content-encoding')).toBeNull();
    await response.body?.cancel();
  });

  it('does not poke a device of another facility', async () => {
    const writer = await device();
    const elsewhere = await device(await createSpace(db, 'Skovbo'));
    const reader = await listen(elsewhere.token);
    await reader.next('version');
    // Two pushes here (version 2), then one in the other facility (version 1). One LISTEN
    // delivers notifications in commit order, so had the first two reached the other facility,
    // they would have come before its own poke.
    await writer.sync.push([writer.sync.edit('meetings', meeting(randomUUID()))]);
    await writer.sync.push([writer.sync.edit('meetings', meeting(randomUUID()))]);
    await elsewhere.sync.push([elsewhere.sync.edit('meetings', meeting(randomUUID()))]);
    await reader.next('poke');
    expect(reader.received.filter((e) => e.event !== 'heartbeat')).toEqual([
      { event: 'version', data: { version: 0 } },
      { event: 'poke', data: { version: 1 } },
    ]);
  });

  it('does not poke for a retried push that changes nothing', async () => {
    const writer = await device();
    const edit = writer.sync.edit('meetings', meeting(randomUUID()));
    await writer.sync.push([edit]);
    const reader = await listen((await device()).token);
    await reader.next('version');
    await writer.sync.push([edit]);
    await writer.sync.push([writer.sync.edit('meetings', meeting(randomUUID()))]);
    await reader.next('poke');
    expect(reader.received.filter((e) => e.event === 'poke')).toEqual([{ event: 'poke', data: { version: 2 } }]);
  });

  it('ends a revoked device’s stream at the next poke, and says why', async () => {
    const writer = await device();
    const revoked = await device();
    const reader = await listen(revoked.token);
    await reader.next('version');
    await revokeDevice(db, revoked.device.id);
    await writer.sync.push([writer.sync.edit('meetings', meeting(randomUUID()))]);
    expect(await reader.next('revoked')).toMatchObject({ data: { error: 'revoked' } });
    await reader.ended;
    expect(reader.received.some((e) => e.event === 'poke')).toBe(false);
  });

  it.each([
    { name: 'no token', headers: { 'raadet-protocol': '1' }, status: 401 },
    { name: 'a made-up token', headers: { 'raadet-protocol': '1', authorization: 'Bearer nope' }, status: 401 },
    { name: 'another protocol version', headers: { 'raadet-protocol': '0' }, status: 426 },
  ])('refuses a stream with $name ($status)', async ({ headers, status }) => {
    const response = await app.inject({ method: 'GET', url: '/api/sync/poke', headers });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) });
  });

  it('refuses a revoked device’s stream (401)', async () => {
    const { device: revoked, token } = await device();
    await revokeDevice(db, revoked.id);
    const response = await app.inject({
      method: 'GET',
      url: '/api/sync/poke',
      headers: new TestDevice(app, token, 'x').headers(),
    });
    expect(response.statusCode).toBe(401);
  });

  it.runIf(testDb.name === 'postgres')('keeps poking after PostgreSQL drops the listening connection', async () => {
    const listening = () =>
      db.query<{ pid: number }>(
        "select pid from pg_stat_activity where datname = current_database() and query ilike 'listen %'",
      );
    const [before] = await listening();
    await db.query('select pg_terminate_backend($1)', [before!.pid]);
    // Wait for the process to listen again on a new connection.
    for (;;) {
      const now = await listening();
      if (now.length > 0 && now[0]!.pid !== before!.pid) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const writer = await device();
    const reader = await listen((await device()).token);
    await reader.next('version');
    await writer.sync.push([writer.sync.edit('meetings', meeting(randomUUID()))]);
    expect(await reader.next('poke')).toEqual({ event: 'poke', data: { version: 1 } });
  });

  describe('with a short heartbeat', () => {
    beforeAll(async () => {
      await app.close();
      await start(50);
    });

    it('sends heartbeats and ends a revoked device’s stream at the next one', async () => {
      const revoked = await device();
      const reader = await listen(revoked.token);
      await reader.next('version');
      await reader.next('heartbeat');
      await revokeDevice(db, revoked.device.id);
      await reader.next('revoked');
      await reader.ended;
    });

    it('ends open streams when the server closes, so closing does not wait for them', async () => {
      const reader = await listen((await device()).token);
      await reader.next('version');
      await app.close();
      await reader.ended;
      await start(50);
    });
  });
});
