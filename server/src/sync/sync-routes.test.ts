// @vitest-environment node
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatStamp } from '../../../src/domain/hlc';
import { pullResponseSchema, startCursor, type Cursor, type PullResponse } from '../../../src/domain/sync-protocol';
import { createDevice, createSpace, revokeDevice } from '../auth/devices';
import type { Database } from '../db/database';
import { TestDevice } from '../testing/sync-client';
import { testDatabases } from '../testing/test-databases';
import { useTestServer } from '../testing/test-server';

const councilId = '00000000-0000-4000-8000-0000000000c1';

function meeting(id: string, changes: Record<string, unknown> = {}) {
  return {
    id,
    councilId,
    title: 'Forårsmøde',
    startsAt: '2026-03-04T10:00:00.000Z',
    endsAt: '2026-03-04T11:00:00.000Z',
    isOpen: false,
    status: 'planned',
    ...changes,
  };
}

describe.each(testDatabases)('sync on $name', (testDb) => {
  let db: Database;
  let app: FastifyInstance;
  let nowMs = Date.now();
  let spaceId: string;
  let tabletA: TestDevice;
  let tabletB: TestDevice;
  useTestServer(testDb, { now: () => nowMs }, (server) => ({ db, app } = server));

  async function device(space: string, node: string, role: 'shared-tablet' | 'staff' | 'admin' = 'staff') {
    const { token } = await createDevice(db, space, node, role);
    return new TestDevice(app, token, node, () => nowMs);
  }

  // Each test gets a facility of its own, so tests never see each other's records.
  beforeEach(async () => {
    nowMs = Date.now();
    spaceId = await createSpace(db, 'Solhjem');
    tabletA = await device(spaceId, 'tableta');
    tabletB = await device(spaceId, 'tabletb');
  });

  async function pullAll(device: TestDevice, limit?: number): Promise<PullResponse['changes']> {
    const changes: PullResponse['changes'] = [];
    let cursor: Cursor = startCursor;
    for (;;) {
      const response = await device.pull(cursor, limit);
      expect(response.statusCode).toBe(200);
      const page = response.json<PullResponse>();
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.more) return changes;
    }
  }

  async function storedCount(): Promise<number> {
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from records where space_id = $1', [
      spaceId,
    ]);
    return row!.n;
  }

  it('answers the health check with the database it uses', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ ok: true, database: testDb.name });
  });

  it('stores a pushed record and hands it to the other tablet', async () => {
    const id = randomUUID();
    const push = await tabletA.push([tabletA.edit('meetings', meeting(id))]);
    expect(push.statusCode).toBe(200);
    expect(push.json()).toEqual({ lastMutationId: 1, refused: [] });
    const changes = await pullAll(tabletB);
    expect(changes).toEqual([{ table: 'meetings', record: tabletA.records.get(`meetings/${id}`) }]);
  });

  it('applies a retried push once: the same mutation ids change nothing', async () => {
    const id = randomUUID();
    const first = [tabletA.edit('meetings', meeting(id))];
    await tabletA.push(first);
    const [space] = await db.query<{ version: string }>('select version from sync_spaces where id = $1', [spaceId]);
    const again = await tabletA.push(first);
    expect(again.json()).toEqual({ lastMutationId: 1, refused: [] });
    const [after] = await db.query<{ version: string }>('select version from sync_spaces where id = $1', [spaceId]);
    expect(after!.version).toBe(space!.version);
    expect(await storedCount()).toBe(1);
  });

  it('answers a pull in the protocol’s shape, records exactly as stored', async () => {
    const id = randomUUID();
    const pushed = tabletA.edit('meetings', meeting(id, { location: 'Haven' }));
    await tabletA.push([pushed]);
    const response = await tabletB.pull(startCursor);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const page = pullResponseSchema.parse(response.json());
    expect(page.changes).toEqual([{ table: 'meetings', record: pushed.record }]);
    expect(page.more).toBe(false);
    expect(page.lastMutationId).toBe(0);
    const empty = pullResponseSchema.parse((await tabletB.pull(page.cursor)).json());
    expect(empty).toEqual({ changes: [], cursor: page.cursor, more: false, lastMutationId: 0 });
  });

  it('keeps both edits when two tablets change different fields of one meeting', async () => {
    const id = randomUUID();
    await tabletA.push([tabletA.edit('meetings', meeting(id))]);
    const shared = (await pullAll(tabletB))[0]!.record;
    tabletB.records.set(`meetings/${id}`, shared as never);
    const editA = tabletA.edit('meetings', meeting(id, { title: 'Sommermøde' }));
    const editB = tabletB.edit('meetings', meeting(id, { location: 'Haven' }));
    await tabletA.push([editA]);
    await tabletB.push([{ ...editB, base: shared._stamps }]);
    const [merged] = await pullAll(tabletA);
    expect(merged!.record).toMatchObject({ title: 'Sommermøde', location: 'Haven' });
    const [log] = await db.query<{ n: number }>(
      'select count(*)::int as n from overwritten_values where space_id = $1',
      [spaceId],
    );
    expect(log!.n).toBe(0);
  });

  it('lets the later stamp win when both change the same field, and logs the value that lost', async () => {
    const id = randomUUID();
    await tabletA.push([tabletA.edit('meetings', meeting(id))]);
    const shared = (await pullAll(tabletB))[0]!.record;
    tabletB.records.set(`meetings/${id}`, shared as never);
    const editA = tabletA.edit('meetings', meeting(id, { title: 'Tablet A’s title' }));
    nowMs += 1000;
    const editB = tabletB.edit('meetings', meeting(id, { title: 'Tablet B’s title' }));
    // The later edit arrives first; the earlier one must not undo it.
    await tabletB.push([{ ...editB, base: shared._stamps }]);
    await tabletA.push([{ ...editA, base: shared._stamps }]);
    const [merged] = await pullAll(tabletA);
    expect(merged!.record.title).toBe('Tablet B’s title');
    const log = await db.query<{ field: string; value: unknown; winner: unknown }>(
      'select field, value, winner from overwritten_values where space_id = $1',
      [spaceId],
    );
    expect(log).toEqual([{ field: 'title', value: 'Tablet A’s title', winner: 'Tablet B’s title' }]);
  });

  // Found by convergence.property.test.ts: a late edit that lost every field changed nothing
  // stored, and the push skipped the record before logging what it had lost.
  it('logs the value of a late edit that loses on a table without field groups', async () => {
    const item = {
      id: randomUUID(),
      meetingId: randomUUID(),
      kind: 'information',
      title: 'Velkommen',
      plannedMinutes: 10,
      order: 0,
    };
    await tabletA.push([tabletA.edit('agendaItems', item)]);
    const shared = (await pullAll(tabletB))[0]!.record;
    tabletB.records.set(`agendaItems/${item.id}`, shared as never);
    const editA = tabletA.edit('agendaItems', { ...item, title: 'Tablet A’s title' });
    nowMs += 1000;
    const editB = tabletB.edit('agendaItems', { ...item, title: 'Tablet B’s title' });
    await tabletB.push([{ ...editB, base: shared._stamps }]);
    const version = () =>
      db.query<{ version: string }>('select version from records where space_id = $1 and id = $2', [spaceId, item.id]);
    const before = await version();
    await tabletA.push([{ ...editA, base: shared._stamps }]);
    const [merged] = await pullAll(tabletA);
    expect(merged!.record.title).toBe('Tablet B’s title');
    // Nothing stored changed, so no new version either: devices have nothing to pull again.
    expect(await version()).toEqual(before);
    const log = await db.query<{ field: string; value: unknown; winner: unknown }>(
      'select field, value, winner from overwritten_values where space_id = $1',
      [spaceId],
    );
    expect(log).toEqual([{ field: 'title', value: 'Tablet A’s title', winner: 'Tablet B’s title' }]);
  });

  it('keeps a deletion when another tablet edits the deleted meeting', async () => {
    const id = randomUUID();
    await tabletA.push([tabletA.edit('meetings', meeting(id))]);
    tabletB.records.set(`meetings/${id}`, (await pullAll(tabletB))[0]!.record as never);
    nowMs += 1000;
    await tabletA.push([tabletA.edit('meetings', meeting(id), 1)]);
    await tabletB.push([tabletB.edit('meetings', meeting(id, { title: 'Efter sletning' }))]);
    const [merged] = await pullAll(tabletA);
    expect(merged!.record._deleted).toBe(1);
  });

  it('never overwrites an insert-only row: a "has voted" fact stays as first recorded', async () => {
    const hasVoted = { id: randomUUID(), voteId: randomUUID(), memberId: randomUUID(), assisted: false };
    await tabletA.push([tabletA.edit('hasVoted', hasVoted)]);
    nowMs += 1000;
    await tabletB.push([tabletB.edit('hasVoted', { ...hasVoted, assisted: true })]);
    const [row] = await pullAll(tabletA);
    expect(row!.record.assisted).toBe(false);
    // The second tablet's "assisted" is not silently dropped: staff see it among overwritten values.
    const logged = await db.query<{ table_name: string; field: string; value: unknown; winner: unknown }>(
      'select table_name, field, value, winner from overwritten_values where space_id = $1',
      [spaceId],
    );
    expect(logged).toEqual([{ table_name: 'hasVoted', field: 'assisted', value: true, winner: false }]);
  });

  it('logs nothing for the same "has voted" fact recorded twice', async () => {
    const hasVoted = { id: randomUUID(), voteId: randomUUID(), memberId: randomUUID(), assisted: false };
    await tabletA.push([tabletA.edit('hasVoted', hasVoted)]);
    nowMs += 1000;
    await tabletB.push([tabletB.edit('hasVoted', hasVoted)]);
    const logged = await db.query('select 1 from overwritten_values where space_id = $1', [spaceId]);
    expect(logged).toEqual([]);
  });

  it('keeps a merge the schema refuses as a refused merge, and the stored record as it was', async () => {
    const id = randomUUID();
    const options = [
      { id: 'zoo', label: 'Zoo', picture: { type: 'pictogram', id: 'pet' } },
      { id: 'skov', label: 'Skoven', picture: { type: 'pictogram', id: 'tree' } },
    ];
    const vote = {
      id,
      meetingId: randomUUID(),
      agendaItemId: randomUUID(),
      question: 'Hvor skal vi hen?',
      kind: 'choose-one',
      mode: 'secret',
      status: 'open',
      options,
    };
    await tabletA.push([tabletA.edit('votes', vote)]);
    tabletB.records.set(`votes/${id}`, (await pullAll(tabletB))[0]!.record as never);
    // Tablet A closes the vote with its tally; tablet B meanwhile changes the options.
    await tabletA.push([
      tabletA.edit('votes', {
        ...vote,
        status: 'closed',
        tally: { counts: { zoo: 2, skov: 1 }, ballotCount: 3, assistedCount: 0 },
      }),
    ]);
    const before = await pullAll(tabletA);
    nowMs += 1000;
    const changeOptions = tabletB.edit('votes', {
      ...vote,
      options: [{ id: 'hav', label: 'Havet', picture: { type: 'pictogram', id: 'swimming' } }, options[1]],
    });
    const push = await tabletB.push([changeOptions]);
    expect(push.json()).toEqual({
      lastMutationId: 1,
      refused: [{ mutationId: 1, table: 'votes', id, reason: 'validation.resultMismatch' }],
    });
    expect(await pullAll(tabletA)).toEqual(before);
    const refused = await db.query<{ reason: string }>('select reason from refused_merges where space_id = $1', [
      spaceId,
    ]);
    expect(refused).toEqual([{ reason: 'validation.resultMismatch' }]);
  });

  it('hands out changes in pages without skipping or repeating one', async () => {
    const ids = Array.from({ length: 7 }, () => randomUUID());
    await tabletA.push(ids.slice(0, 4).map((id) => tabletA.edit('meetings', meeting(id))));
    await tabletA.push(ids.slice(4).map((id) => tabletA.edit('meetings', meeting(id))));
    const changes = await pullAll(tabletB, 2);
    expect(changes.map((c) => c.record.id).sort()).toEqual([...ids].sort());
  });

  it('tells a device its last applied mutation with every pull', async () => {
    await tabletA.push([
      tabletA.edit('meetings', meeting(randomUUID())),
      tabletA.edit('meetings', meeting(randomUUID())),
    ]);
    const page = (await tabletA.pull(startCursor)).json<PullResponse>();
    expect(page.lastMutationId).toBe(2);
  });

  describe('refuses, stores nothing and says why', () => {
    it.each([
      {
        name: 'a meeting that ends before it starts',
        record: () => meeting(randomUUID(), { endsAt: '2026-03-04T09:00:00.000Z' }),
      },
      { name: 'a meeting without a title', record: () => meeting(randomUUID(), { title: '' }) },
      {
        name: 'a record with a script for a council id',
        record: () => meeting(randomUUID(), { councilId: '<script>' }),
      },
    ])('$name (400)', async ({ record }) => {
      const response = await tabletA.push([tabletA.edit('meetings', record())]);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid-record' });
      expect(await storedCount()).toBe(0);
    });

    it('a batch with one bad record among good ones: names that mutation, stores none of them', async () => {
      const before = tabletA.edit('meetings', meeting(randomUUID()));
      const bad = tabletA.edit('meetings', meeting(randomUUID(), { title: '' }));
      const after = tabletA.edit('meetings', meeting(randomUUID()));
      const response = await tabletA.push([before, bad, after]);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid-record', mutationId: bad.mutationId });
      expect(await storedCount()).toBe(0);
      const [device] = await db.query<{ last_mutation_id: string }>(
        'select last_mutation_id from devices where id = (select id from devices where space_id = $1 and name = $2)',
        [spaceId, 'tableta'],
      );
      expect(Number(device!.last_mutation_id)).toBe(0);

      // The device holds the bad one back and sends the others: the skipped id is simply never applied.
      expect((await tabletA.push([before])).json()).toEqual({ lastMutationId: before.mutationId, refused: [] });
      expect((await tabletA.push([after])).json()).toEqual({ lastMutationId: after.mutationId, refused: [] });
      expect(await storedCount()).toBe(2);
      // The held-back change, sent again later under its old id, counts as applied: it must get a new one.
      expect((await tabletA.push([{ ...bad, record: { ...bad.record, title: 'Rettet' } }])).json()).toEqual({
        lastMutationId: after.mutationId,
        refused: [],
      });
      expect(await storedCount()).toBe(2);
    });

    it('names the mutation whose stamp is not a clock stamp', async () => {
      const good = tabletA.edit('meetings', meeting(randomUUID()));
      const bad = tabletA.edit('meetings', meeting(randomUUID()));
      bad.record._stamps.title = 'zzzz';
      const response = await tabletA.push([good, bad]);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'malformed-stamp', mutationId: bad.mutationId });
      expect(await storedCount()).toBe(0);
    });

    it.each([
      { name: 'not JSON', payload: 'not json', contentType: 'application/json' },
      { name: 'no mutations field', payload: { changes: [] } },
      {
        name: 'a table that never leaves the tablet',
        payload: {
          mutations: [
            { mutationId: 1, table: 'secretBallots', record: { id: 'x', _stamps: {}, _deleted: 0, _changed: '' } },
          ],
        },
      },
      {
        name: 'an unknown table',
        payload: {
          mutations: [{ mutationId: 1, table: 'users', record: { id: 'x', _stamps: {}, _deleted: 0, _changed: '' } }],
        },
      },
      {
        name: 'a mutation id that is not a number',
        payload: { mutations: [{ mutationId: 'one', table: 'meetings', record: {} }] },
      },
      {
        name: 'stamps that are not text',
        payload: {
          mutations: [
            {
              mutationId: 1,
              table: 'meetings',
              record: { ...meeting(randomUUID()), _stamps: { title: 5 }, _deleted: 0, _changed: '' },
            },
          ],
        },
      },
    ])('$name (400)', async ({ payload, contentType }) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: { ...tabletA.headers(), ...(contentType ? { 'content-type': contentType } : {}) },
        payload: payload as never,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toEqual(expect.any(String));
      expect(await storedCount()).toBe(0);
    });

    it('a stamp that is not a clock stamp (400)', async () => {
      const mutation = tabletA.edit('meetings', meeting(randomUUID()));
      mutation.record._stamps.title = 'zzzz';
      const response = await tabletA.push([mutation]);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'malformed-stamp' });
      expect(await storedCount()).toBe(0);
    });

    it('stamps from a clock more than 5 minutes ahead of the server (422)', async () => {
      const mutation = tabletA.edit('meetings', meeting(randomUUID()));
      const ahead = formatStamp({ wallMs: nowMs + 6 * 60_000, counter: 0, node: 'tableta' });
      mutation.record._stamps.title = ahead;
      mutation.record._changed = ahead;
      const response = await tabletA.push([mutation]);
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ error: 'clock-ahead' });
      expect(await storedCount()).toBe(0);
    });

    it('a device on another protocol version (426: update the app)', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers: { ...tabletA.headers(), 'raadet-protocol': '0' },
        payload: { cursor: startCursor },
      });
      expect(response.statusCode).toBe(426);
      expect(response.json()).toMatchObject({ error: 'update-app' });
    });

    it.each([
      { name: 'no token', authorization: undefined },
      { name: 'a made-up token', authorization: 'Bearer not-a-real-token' },
      { name: 'a token in the wrong scheme', authorization: 'Basic abc' },
    ])('$name (401)', async ({ authorization }) => {
      const headers = { ...tabletA.headers() } as Record<string, string>;
      if (authorization) headers.authorization = authorization;
      else delete headers.authorization;
      const response = await app.inject({
        method: 'POST',
        url: '/api/sync/pull',
        headers,
        payload: { cursor: startCursor },
      });
      expect(response.statusCode).toBe(401);
    });

    it('a revoked device (401), which keeps nothing it pushes', async () => {
      const { device, token } = await createDevice(db, spaceId, 'old tablet', 'shared-tablet');
      const old = new TestDevice(app, token, 'oldtab', () => nowMs);
      await revokeDevice(db, device.id);
      const response = await old.push([old.edit('meetings', meeting(randomUUID()))]);
      expect(response.statusCode).toBe(401);
      expect(await storedCount()).toBe(0);
    });
  });

  it('never shows one facility’s records to another facility’s device', async () => {
    await tabletA.push([tabletA.edit('meetings', meeting(randomUUID()))]);
    const elsewhere = await device(await createSpace(db, 'Skovbo'), 'skovbo');
    expect(await pullAll(elsewhere)).toEqual([]);
  });
});
