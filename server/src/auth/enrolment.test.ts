// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { startCursor } from '../../../src/domain/sync-protocol';
import type { Database } from '../db/database';
import { asDevice, enrol } from '../testing/access-client';
import { TestDevice } from '../testing/sync-client';
import { testDatabases } from '../testing/test-databases';
import { useTestServer } from '../testing/test-server';
import { normaliseEnrolmentCode } from './codes';
import { createDevice, createSpace, revokeDevice, type DeviceRole } from './devices';

const minute = 60 * 1000;

describe('normaliseEnrolmentCode', () => {
  it.each([
    ['ABCD-EFGH', 'ABCD-EFGH'],
    ['abcdefgh', 'ABCD-EFGH'],
    [' abcd efgh ', 'ABCD-EFGH'],
    ['ab-cd-ef-gh', 'ABCD-EFGH'],
    ['abc', 'ABC'],
  ])('reads %j as %j', (typed, code) => {
    expect(normaliseEnrolmentCode(typed)).toBe(code);
  });
});

describe.each(testDatabases)('enrolment on $name', (testDb) => {
  let db: Database;
  let app: FastifyInstance;
  let nowMs = Date.now();
  let spaceId: string;
  let tokens: Record<DeviceRole, string>;
  useTestServer(testDb, { now: () => nowMs, accessAttemptsPerMinute: 10_000 }, (server) => ({ db, app } = server));

  beforeEach(async () => {
    nowMs = Date.now();
    spaceId = await createSpace(db, 'Solhjem');
    tokens = {
      admin: (await createDevice(db, spaceId, 'Kontor-pc', 'admin')).token,
      staff: (await createDevice(db, spaceId, 'Personalets telefon', 'staff')).token,
      'shared-tablet': (await createDevice(db, spaceId, 'Fællesrummets tablet', 'shared-tablet')).token,
    };
  });

  async function deviceCount(): Promise<number> {
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from devices where space_id = $1', [
      spaceId,
    ]);
    return row!.n;
  }

  async function codeFor(role: DeviceRole, by: DeviceRole = 'admin', deviceName?: string): Promise<string> {
    const response = await asDevice(app, tokens[by]).issueCode({ role, ...(deviceName ? { deviceName } : {}) });
    expect(response.statusCode).toBe(201);
    return response.json<{ code: string }>().code;
  }

  it('enrols a tablet with a code from staff: it gets its own token, role and facility', async () => {
    const response = await asDevice(app, tokens.staff).issueCode({ role: 'shared-tablet' });
    expect(response.statusCode).toBe(201);
    const { code, expiresAt } = response.json();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(Date.parse(expiresAt)).toBe(nowMs + 10 * minute);

    const enrolled = await enrol(app, { code: code.toLowerCase().replace('-', ' '), deviceName: 'Tablet 2' });
    expect(enrolled.statusCode).toBe(201);
    const body = enrolled.json();
    expect(body).toEqual({
      token: expect.any(String),
      device: { id: expect.any(String), name: 'Tablet 2', role: 'shared-tablet' },
      space: { id: spaceId, name: 'Solhjem' },
    });
    const me = await asDevice(app, body.token).me();
    expect(me.json()).toEqual({ device: body.device, space: body.space });
    const pull = await new TestDevice(app, body.token, 'tablet2').pull(startCursor);
    expect(pull.statusCode).toBe(200);
  });

  it('names the device as the code says when the device gives no name', async () => {
    const code = await codeFor('staff', 'admin', 'Lones telefon');
    const enrolled = await enrol(app, { code });
    expect(enrolled.json().device).toMatchObject({ name: 'Lones telefon', role: 'staff' });
  });

  it('enrols a device that neither the code nor the device names, with an empty name', async () => {
    const code = await codeFor('staff');
    const nameless = await enrol(app, { code });
    expect(nameless.statusCode).toBe(201);
    expect(nameless.json().device).toMatchObject({ name: '', role: 'staff' });
  });

  it('stores only the hash of a code', async () => {
    const code = await codeFor('staff');
    const rows = await db.query<{ code_hash: string }>('select code_hash from enrolment_codes where space_id = $1', [
      spaceId,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.code_hash).not.toContain(code.replace('-', ''));
  });

  it.each([
    ['admin', 'admin', 201],
    ['admin', 'staff', 201],
    ['admin', 'shared-tablet', 201],
    ['staff', 'admin', 403],
    ['staff', 'staff', 201],
    ['staff', 'shared-tablet', 201],
    ['shared-tablet', 'shared-tablet', 403],
    ['shared-tablet', 'staff', 403],
  ] as const)('lets %s issue a code for %s: %i', async (by, role, status) => {
    const response = await asDevice(app, tokens[by]).issueCode({ role });
    expect(response.statusCode).toBe(status);
    if (status === 403) expect(response.json().error).toBe('forbidden');
  });

  it('refuses codes to devices without a valid token', async () => {
    const none = await app.inject({ method: 'POST', url: '/api/enrolment-codes', payload: { role: 'staff' } });
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toBe('no-token');
    const wrong = await asDevice(app, 'not-a-token').issueCode({ role: 'staff' });
    expect(wrong.json().error).toBe('unknown-token');
  });

  it('uses a code once', async () => {
    const code = await codeFor('shared-tablet');
    expect((await enrol(app, { code, deviceName: 'Tablet 2' })).statusCode).toBe(201);
    const again = await enrol(app, { code, deviceName: 'Tablet 3' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({ error: 'code-used', message: expect.any(String) });
    expect(await deviceCount()).toBe(4);
  });

  it('gives exactly one of two devices using one code at once a token', async () => {
    const code = await codeFor('shared-tablet');
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) => enrol(app, { code, deviceName: `Tablet ${i}` })),
    );
    expect(attempts.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await deviceCount()).toBe(4);
  });

  it('refuses a code after its 10 minutes', async () => {
    const code = await codeFor('staff');
    nowMs += 10 * minute;
    const late = await enrol(app, { code, deviceName: 'Pc 2' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toBe('code-expired');
    expect(await deviceCount()).toBe(3);
  });

  it('refuses a wrong code and one whose issuing device was revoked', async () => {
    const wrong = await enrol(app, { code: 'ABCD-EFGH', deviceName: 'Pc 2' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toBe('unknown-code');
    const staff = await createDevice(db, spaceId, 'Afleveret telefon', 'staff');
    const code = (await asDevice(app, staff.token).issueCode({ role: 'staff' })).json().code;
    await revokeDevice(db, staff.device.id);
    const orphan = await enrol(app, { code, deviceName: 'Pc 2' });
    expect(orphan.json().error).toBe('unknown-code');
    expect(await deviceCount()).toBe(4);
  });

  it.each([
    ['no body', undefined],
    ['a number as code', { code: 12345678, deviceName: 'Pc' }],
    ['a huge device name', { code: 'ABCD-EFGH', deviceName: 'x'.repeat(100_000) }],
    ['a huge code', { code: 'A'.repeat(1_000_000), deviceName: 'Pc' }],
    ['an extra field', { code: 'ABCD-EFGH', deviceName: 'Pc', role: 'admin' }],
    ['a space id', { code: 'ABCD-EFGH', deviceName: 'Pc', spaceId: '00000000-0000-4000-8000-000000000000' }],
    ['an object as name', { code: 'ABCD-EFGH', deviceName: { $gt: '' } }],
  ])('refuses an enrolment with %s: 400, nothing stored', async (_name, payload) => {
    const response = await enrol(app, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'bad-request', message: expect.any(String) });
    expect(await deviceCount()).toBe(3);
  });

  it.each([
    ['an unknown role', { role: 'root' }],
    ['no role', {}],
    ['a huge name', { role: 'staff', deviceName: 'x'.repeat(100_000) }],
    ['an extra field', { role: 'staff', spaceId: '00000000-0000-4000-8000-000000000000' }],
  ])('refuses a code request with %s: 400, nothing stored', async (_name, payload) => {
    const response = await asDevice(app, tokens.admin).issueCode(payload);
    expect(response.statusCode).toBe(400);
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from enrolment_codes where space_id = $1', [
      spaceId,
    ]);
    expect(row!.n).toBe(0);
  });

  it('enrols into the issuer’s facility only', async () => {
    const other = await createSpace(db, 'Birkely');
    const otherAdmin = await createDevice(db, other, 'Birkelys pc', 'admin');
    const code = (await asDevice(app, otherAdmin.token).issueCode({ role: 'staff' })).json().code;
    const enrolled = (await enrol(app, { code, deviceName: 'Ny pc' })).json();
    expect(enrolled.space).toEqual({ id: other, name: 'Birkely' });
    const listed = (await asDevice(app, tokens.admin).devices()).json().devices as { id: string }[];
    expect(listed.map((d) => d.id)).not.toContain(enrolled.device.id);
  });
});

describe.each(testDatabases)('rate limits on $name', (testDb) => {
  let app: FastifyInstance;
  useTestServer(testDb, { accessAttemptsPerMinute: 3 }, (server) => ({ app } = server));

  it('refuses a fourth guess in a minute from one address with 429 and a reason', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await enrol(app, { code: `GUESS-${i}`, deviceName: 'Pc' })).statusCode);
    expect(statuses).toEqual([400, 400, 400]);
    const limited = await enrol(app, { code: 'ABCD-EFGH', deviceName: 'Pc' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: 'too-many-requests', message: expect.stringMatching(/Try again/) });
    // The limit is per route: setup attempts are counted on their own.
    const setup = await app.inject({ method: 'POST', url: '/api/setup', payload: { code: 'x' } });
    expect(setup.statusCode).toBe(400);
  });
});
