// @vitest-environment node
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { startCursor, type OverwrittenListResponse, type PullResponse } from '../../../src/domain/sync-protocol';
import { createDevice, createSpace } from '../auth/devices';
import type { Database } from '../db/database';
import { TestDevice } from '../testing/sync-client';
import { testDatabases } from '../testing/test-databases';
import { useTestServer } from '../testing/test-server';

const meeting = (id: string, title: string) => ({
  id,
  councilId: '00000000-0000-4000-8000-0000000000c1',
  title,
  startsAt: '2026-03-04T10:00:00.000Z',
  endsAt: '2026-03-04T11:00:00.000Z',
  isOpen: false,
  status: 'planned',
});

describe.each(testDatabases)('the overwritten values log on $name', (testDb) => {
  let db: Database;
  let app: FastifyInstance;
  let nowMs = Date.now();
  let staff: TestDevice;
  let tablet: TestDevice;
  useTestServer(testDb, { now: () => nowMs }, (server) => ({ db, app } = server));

  async function device(space: string, node: string, role: 'shared-tablet' | 'staff' | 'admin') {
    const { token } = await createDevice(db, space, node, role);
    return new TestDevice(app, token, node, () => nowMs);
  }

  beforeEach(async () => {
    nowMs = Date.now();
    const space = await createSpace(db, 'Solhjem');
    staff = await device(space, 'staffpc', 'staff');
    tablet = await device(space, 'tablet', 'shared-tablet');
  });

  /** Both devices retitle one meeting offline; the tablet's later title wins. */
  async function overwriteTitle(): Promise<string> {
    const id = randomUUID();
    await staff.push([staff.edit('meetings', meeting(id, 'Forårsmøde'))]);
    const page = (await tablet.pull(startCursor)).json<PullResponse>();
    const shared = page.changes.find((change) => change.record.id === id)!.record;
    tablet.records.set(`meetings/${id}`, shared as never);
    const early = staff.edit('meetings', meeting(id, 'Staff title'));
    nowMs += 1000;
    const late = tablet.edit('meetings', meeting(id, 'Tablet title'));
    await tablet.push([{ ...late, base: shared._stamps }]);
    await staff.push([{ ...early, base: shared._stamps }]);
    return id;
  }

  const list = (as: TestDevice, query = '') =>
    app.inject({ method: 'GET', url: `/api/sync/overwritten${query}`, headers: as.headers() });
  const settle = (as: TestDevice, id: number | string) =>
    app.inject({ method: 'POST', url: `/api/sync/overwritten/${id}/settle`, headers: as.headers() });

  it('shows staff the value that lost, what won, and which device pushed it', async () => {
    const id = await overwriteTitle();
    const response = await list(staff);
    expect(response.statusCode).toBe(200);
    const { entries, more } = response.json<OverwrittenListResponse>();
    expect(more).toBe(false);
    expect(entries).toEqual([
      expect.objectContaining({
        table: 'meetings',
        recordId: id,
        field: 'title',
        value: 'Staff title',
        winner: 'Tablet title',
        deviceName: 'staffpc',
      }),
    ]);
  });

  it('is not for the shared tablet: values may be personal', async () => {
    await overwriteTitle();
    const response = await list(tablet);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'forbidden' });
  });

  it('keeps facilities apart', async () => {
    await overwriteTitle();
    const elsewhere = await device(await createSpace(db, 'Skovbo'), 'skovbo', 'admin');
    expect((await list(elsewhere)).json<OverwrittenListResponse>().entries).toEqual([]);
    const [entry] = (await list(staff)).json<OverwrittenListResponse>().entries;
    const response = await settle(elsewhere, entry!.id);
    expect(response.statusCode).toBe(404);
    expect((await list(staff)).json<OverwrittenListResponse>().entries).toHaveLength(1);
  });

  it('drops a settled entry from the list, and settling twice is harmless', async () => {
    await overwriteTitle();
    const [entry] = (await list(staff)).json<OverwrittenListResponse>().entries;
    expect((await settle(staff, entry!.id)).statusCode).toBe(200);
    expect((await settle(staff, entry!.id)).statusCode).toBe(200);
    expect((await list(staff)).json<OverwrittenListResponse>().entries).toEqual([]);
  });

  it('pages newest first', async () => {
    await overwriteTitle();
    await overwriteTitle();
    await overwriteTitle();
    const first = (await list(staff, '?limit=2')).json<OverwrittenListResponse>();
    expect(first.entries).toHaveLength(2);
    expect(first.more).toBe(true);
    const rest = (await list(staff, `?limit=2&before=${first.entries[1]!.id}`)).json<OverwrittenListResponse>();
    expect(rest.entries).toHaveLength(1);
    expect(rest.more).toBe(false);
    expect(rest.entries[0]!.id).toBeLessThan(first.entries[1]!.id);
  });

  it('refuses a wrong request with a reason', async () => {
    for (const query of ['?limit=0', '?limit=9999', '?before=-1', '?before=abc']) {
      const response = await list(staff, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ error: 'bad-request' });
    }
    for (const id of ['abc', '0', '1e400']) {
      const response = await settle(staff, id);
      expect(response.statusCode, id).toBe(400);
    }
    const noToken = await app.inject({
      method: 'GET',
      url: '/api/sync/overwritten',
      headers: { 'raadet-protocol': '1' },
    });
    expect(noToken.statusCode).toBe(401);
  });
});
