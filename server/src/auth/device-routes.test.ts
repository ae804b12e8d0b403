// @vitest-environment node
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { startCursor } from '../../../src/domain/sync-protocol';
import type { Database } from '../db/database';
import { asDevice } from '../testing/access-client';
import { TestDevice } from '../testing/sync-client';
import { testDatabases } from '../testing/test-databases';
import { useTestServer } from '../testing/test-server';
import { createDevice, createSpace, type DeviceRole } from './devices';

describe.each(testDatabases)('devices of a facility on $name', (testDb) => {
  let db: Database;
  let app: FastifyInstance;
  let spaceId: string;
  let devices: Record<DeviceRole, { id: string; token: string }>;
  useTestServer(testDb, { accessAttemptsPerMinute: 10_000 }, (server) => ({ db, app } = server));

  async function add(space: string, name: string, role: DeviceRole) {
    const { device, token } = await createDevice(db, space, name, role);
    return { id: device.id, token };
  }

  beforeEach(async () => {
    spaceId = await createSpace(db, 'Solhjem');
    devices = {
      admin: await add(spaceId, 'Kontor-pc', 'admin'),
      staff: await add(spaceId, 'Personalets telefon', 'staff'),
      'shared-tablet': await add(spaceId, 'Fællesrummets tablet', 'shared-tablet'),
    };
  });

  async function revokedAt(id: string): Promise<unknown> {
    const [row] = await db.query<{ revoked_at: Date | null }>('select revoked_at from devices where id = $1', [id]);
    return row!.revoked_at;
  }

  it('lists the facility’s devices for staff, without tokens', async () => {
    const response = await asDevice(app, devices.staff.token).devices();
    expect(response.statusCode).toBe(200);
    const listed = response.json().devices;
    expect(listed).toHaveLength(3);
    expect(listed[0]).toEqual({
      id: devices.admin.id,
      name: 'Kontor-pc',
      role: 'admin',
      createdAt: expect.any(String),
      revokedAt: null,
      lastSeenAt: null,
    });
    // The staff device just made a request, so it has been seen.
    expect(listed.find((d: { id: string }) => d.id === devices.staff.id).lastSeenAt).toEqual(expect.any(String));
    expect(response.body).not.toContain(devices.admin.token);
    expect(response.body).not.toMatch(/token/i);
  });

  it.each(['admin', 'staff'] as const)('lets %s see the list; a shared tablet may not', async (role) => {
    expect((await asDevice(app, devices[role].token).devices()).statusCode).toBe(200);
    const tablet = await asDevice(app, devices['shared-tablet'].token).devices();
    expect(tablet.statusCode).toBe(403);
    expect(tablet.json().error).toBe('forbidden');
  });

  it('refuses the list without a token', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/devices' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toBe('no-token');
  });

  it('shows a facility only its own devices, and cannot revoke another facility’s (404)', async () => {
    const other = await createSpace(db, 'Birkely');
    const otherAdmin = await add(other, 'Birkelys pc', 'admin');
    const otherTablet = await add(other, 'Birkelys tablet', 'shared-tablet');
    const listed = (await asDevice(app, devices.admin.token).devices()).json().devices as { id: string }[];
    expect(listed.map((d) => d.id)).not.toContain(otherTablet.id);
    const revoke = await asDevice(app, devices.admin.token).revoke(otherTablet.id);
    expect(revoke.statusCode).toBe(404);
    expect(revoke.json().error).toBe('unknown-device');
    expect(await revokedAt(otherTablet.id)).toBeNull();
    expect((await asDevice(app, otherAdmin.token).revoke(devices['shared-tablet'].id)).statusCode).toBe(404);
    expect((await asDevice(app, devices.admin.token).revoke(randomUUID())).statusCode).toBe(404);
  });

  it.each([
    ['admin', 'admin', 200],
    ['admin', 'staff', 200],
    ['admin', 'shared-tablet', 200],
    ['staff', 'admin', 403],
    ['staff', 'staff', 200],
    ['staff', 'shared-tablet', 200],
    ['shared-tablet', 'staff', 403],
    ['shared-tablet', 'shared-tablet', 403],
  ] as const)('lets %s revoke a %s device: %i', async (by, role, status) => {
    const target = by === role ? await add(spaceId, 'En til', role) : devices[role];
    if (by === 'admin' && role === 'admin') await add(spaceId, 'Anden admin', 'admin');
    const response = await asDevice(app, devices[by].token).revoke(target.id);
    expect(response.statusCode).toBe(status);
    if (status === 200) expect(response.json().device).toMatchObject({ id: target.id, revokedAt: expect.any(String) });
    else expect(await revokedAt(target.id)).toBeNull();
  });

  it('refuses revoking the last administrator, even by itself, with a reason', async () => {
    const self = await asDevice(app, devices.admin.token).revoke(devices.admin.id);
    expect(self.statusCode).toBe(409);
    expect(self.json()).toEqual({ error: 'last-admin', message: expect.any(String) });
    expect(await revokedAt(devices.admin.id)).toBeNull();
  });

  it('lets an administrator revoke itself while another administrator remains', async () => {
    await add(spaceId, 'Anden admin', 'admin');
    const self = await asDevice(app, devices.admin.token).revoke(devices.admin.id);
    expect(self.statusCode).toBe(200);
    expect((await asDevice(app, devices.admin.token).me()).statusCode).toBe(401);
  });

  it('keeps one administrator when two revoke each other at once', async () => {
    const second = await add(spaceId, 'Anden admin', 'admin');
    const [a, b] = await Promise.all([
      asDevice(app, devices.admin.token).revoke(second.id),
      asDevice(app, second.token).revoke(devices.admin.id),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 401]);
    const [row] = await db.query<{ n: number }>(
      "select count(*)::int as n from devices where space_id = $1 and role = 'admin' and revoked_at is null",
      [spaceId],
    );
    expect(row!.n).toBe(1);
  });

  it('answers a repeated revoke with the device as it is', async () => {
    const tablet = devices['shared-tablet'].id;
    const first = (await asDevice(app, devices.staff.token).revoke(tablet)).json().device;
    const again = await asDevice(app, devices.staff.token).revoke(tablet);
    expect(again.statusCode).toBe(200);
    expect(again.json().device).toEqual(first);
  });

  it('shuts a revoked tablet out of /api/me and of sync with 401, and keeps it listed', async () => {
    const tablet = devices['shared-tablet'];
    expect((await asDevice(app, tablet.token).me()).statusCode).toBe(200);
    await asDevice(app, devices.staff.token).revoke(tablet.id);
    const me = await asDevice(app, tablet.token).me();
    expect(me.statusCode).toBe(401);
    expect(me.json().error).toBe('unknown-token');
    const pull = await new TestDevice(app, tablet.token, 'tablet').pull(startCursor);
    expect(pull.statusCode).toBe(401);
    expect(pull.json().error).toBe('unknown-token');
    const listed = (await asDevice(app, devices.staff.token).devices()).json().devices as { id: string }[];
    expect(listed.find((d) => d.id === tablet.id)).toMatchObject({ revokedAt: expect.any(String) });
  });

  it.each([
    ['not a uuid', 'not-a-uuid', 400],
    ['an SQL fragment', "1' or '1'='1", 400],
    // Fastify refuses a path parameter over 100 characters before the route sees it.
    ['a huge id', 'a'.repeat(10_000), 414],
  ])('refuses a revoke of %s with %i', async (_name, id, status) => {
    const response = await asDevice(app, devices.admin.token).revoke(encodeURIComponent(id));
    expect(response.statusCode).toBe(status);
    expect(response.json().error).toBe('bad-request');
  });

  it('refuses a huge or malformed token with 401, never 500', async () => {
    for (const authorization of ['Bearer ' + 'x'.repeat(10_000), 'Basic abc', 'Bearer ']) {
      const response = await app.inject({ method: 'GET', url: '/api/me', headers: { authorization } });
      expect(response.statusCode).toBe(401);
    }
  });
});
