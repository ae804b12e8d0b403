// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { testDatabases } from '../testing/test-databases';
import { useTestServer } from '../testing/test-server';
import { createDevice, createSpace } from './devices';
import { issueNewFacilityCode, issueSetupCode, setupLink } from './setup';

const day = 24 * 60 * 60 * 1000;

describe('setupLink', () => {
  it.each([
    ['0.0.0.0', 'http://localhost:4173/setup#code=abc'],
    ['::', 'http://localhost:4173/setup#code=abc'],
    ['raadet.local', 'http://raadet.local:4173/setup#code=abc'],
    ['fe80::1', 'http://[fe80::1]:4173/setup#code=abc'],
  ])('links %s with the code in the fragment', (host, link) => {
    expect(setupLink(host, 4173, 'abc')).toBe(link);
  });
});

describe.each(testDatabases)('first start on $name', (testDb) => {
  let db: Database;
  let app: FastifyInstance;
  let nowMs = Date.now();
  useTestServer(testDb, { now: () => nowMs, accessAttemptsPerMinute: 1000 }, (server) => ({ db, app } = server));

  // Each test starts from a server that was never set up.
  beforeEach(async () => {
    nowMs = Date.now();
    await db.query('delete from setup_codes');
    await db.query('delete from enrolment_codes');
    await db.query('delete from devices');
    await db.query('delete from sync_spaces');
  });

  const setup = (payload: unknown) => app.inject({ method: 'POST', url: '/api/setup', payload: payload as object });

  async function count(table: string): Promise<number> {
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    return row!.n;
  }

  it('creates the facility and its first administrator from the code, once', async () => {
    const code = (await issueSetupCode(db, nowMs))!;
    const response = await setup({ code, facilityName: ' Solhjem ', deviceName: 'Kontor-pc' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toEqual({
      token: expect.any(String),
      device: { id: expect.any(String), name: 'Kontor-pc', role: 'admin' },
      space: { id: expect.any(String), name: 'Solhjem' },
    });
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${body.token}` } });
    expect(me.json()).toEqual({ device: body.device, space: body.space });

    const again = await setup({ code, facilityName: 'Andet sted', deviceName: 'Min pc' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('code-used');
    expect(await count('sync_spaces')).toBe(1);
  });

  it('stores only the hash of a setup code', async () => {
    const code = (await issueSetupCode(db, nowMs))!;
    const rows = await db.query<{ code_hash: string }>('select code_hash from setup_codes');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.code_hash).not.toContain(code);
  });

  it('issues a new code at every start until an administrator exists, then none', async () => {
    const first = await issueSetupCode(db, nowMs);
    const second = await issueSetupCode(db, nowMs);
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
    expect(await count('setup_codes')).toBe(2);
    // Two processes starting at once each print a code: the first one used wins, the other dies.
    expect((await setup({ code: second, facilityName: 'Solhjem', deviceName: 'Pc' })).statusCode).toBe(201);
    expect(await issueSetupCode(db, nowMs)).toBeUndefined();
    const late = await setup({ code: first, facilityName: 'Solhjem 2', deviceName: 'Pc' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toBe('unknown-code');
    expect(await count('devices')).toBe(1);
  });

  it('sets up one more facility, with its own administrator, from an operator code', async () => {
    const firstCode = (await issueSetupCode(db, nowMs))!;
    const first = (await setup({ code: firstCode, facilityName: 'Solhjem', deviceName: 'Pc' })).json();
    const code = await issueNewFacilityCode(db, nowMs);
    const response = await setup({ code, facilityName: 'Skovbo', deviceName: 'Skovbos pc' });
    expect(response.statusCode).toBe(201);
    const second = response.json();
    expect(second.device.role).toBe('admin');
    expect(second.space.id).not.toBe(first.space.id);
    expect(await count('sync_spaces')).toBe(2);
    // Each administrator sees only its own facility's devices.
    const devices = await app.inject({
      method: 'GET',
      url: '/api/devices',
      headers: { authorization: `Bearer ${second.token}` },
    });
    expect(devices.json().devices.map((d: { name: string }) => d.name)).toEqual(['Skovbos pc']);
    const again = await setup({ code, facilityName: 'Tredje', deviceName: 'Pc' });
    expect(again.json().error).toBe('code-used');
  });

  it('keeps an unused operator code when the first facility is set up', async () => {
    const operatorCode = await issueNewFacilityCode(db, nowMs);
    const firstCode = (await issueSetupCode(db, nowMs))!;
    expect((await setup({ code: firstCode, facilityName: 'Solhjem', deviceName: 'Pc' })).statusCode).toBe(201);
    expect((await setup({ code: operatorCode, facilityName: 'Skovbo', deviceName: 'Pc' })).statusCode).toBe(201);
  });

  it('issues no code when an administrator device exists', async () => {
    const space = await createSpace(db, 'Solhjem');
    await createDevice(db, space, 'Admin', 'admin');
    expect(await issueSetupCode(db, nowMs)).toBeUndefined();
  });

  it('refuses an expired code and a wrong one with a reason, storing nothing', async () => {
    const code = (await issueSetupCode(db, nowMs))!;
    nowMs += day + 1;
    const expired = await setup({ code, facilityName: 'Solhjem', deviceName: 'Pc' });
    expect(expired.statusCode).toBe(400);
    expect(expired.json()).toEqual({ error: 'code-expired', message: expect.any(String) });
    const wrong = await setup({ code: 'not-the-code', facilityName: 'Solhjem', deviceName: 'Pc' });
    expect(wrong.json().error).toBe('unknown-code');
    expect(await count('devices')).toBe(0);
    expect(await count('sync_spaces')).toBe(0);
  });

  it.each([
    ['no body', undefined],
    ['a number as code', { code: 42, facilityName: 'Solhjem', deviceName: 'Pc' }],
    ['a huge facility name', { code: 'x', facilityName: 'å'.repeat(100_000), deviceName: 'Pc' }],
    ['a huge code', { code: 'x'.repeat(1_000_000), facilityName: 'Solhjem', deviceName: 'Pc' }],
    ['an empty device name', { code: 'x', facilityName: 'Solhjem', deviceName: '   ' }],
    ['a control character', { code: 'x', facilityName: 'Sol\u0000hjem', deviceName: 'Pc' }],
    ['an extra field', { code: 'x', facilityName: 'Solhjem', deviceName: 'Pc', role: 'admin' }],
    ['an array', [{ code: 'x' }]],
  ])('refuses %s with 400 and stores nothing', async (_name, payload) => {
    const code = (await issueSetupCode(db, nowMs))!;
    const body =
      payload && !Array.isArray(payload) && typeof payload.code === 'string' && payload.code === 'x'
        ? { ...payload, code }
        : payload;
    const response = await setup(body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'bad-request', message: expect.any(String) });
    expect(await count('devices')).toBe(0);
  });
});
