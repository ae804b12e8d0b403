// @vitest-environment node
// Three tablets edit a few shared records offline and sync through the real server, in random
// interleavings with lost answers, repeated requests and a server clock that jumps. Whatever
// happens, once everyone has synced until quiet, all three tablets and the server hold the same
// valid records, and every value that lost to a concurrent edit is in the conflict log.
//
// "Concurrent", as sync-merge.ts means it: two edits of the same field (or field group) are
// concurrent when neither device had received the other's edit when it wrote its own. The
// server approximates that with `base` (the stamps of the copy the device last pulled); the test
// knows it exactly, from what each tablet had seen (CausalHistory). It follows, per field, the
// newest stamp the server has applied: when a pushed stamp replaces it, or arrives older and
// loses to it, and the winning edit's device had not seen the losing one, the losing value must
// be in the log. A value overwritten by an edit whose device had seen it was replaced on purpose
// and need not be logged (the server may still log it: a needless entry beats a lost edit); a
// value equal to the one that beat it lost nothing. Insert-only rows (hasVoted) never overwrite
// and are not logged. Only fields without cross-field rules are edited, so no merge is refused.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { agendaItemKinds } from '../../../src/domain/agenda-item';
import { meetingStatuses } from '../../../src/domain/meeting';
import { naturalKeyId } from '../../../src/domain/natural-key-id';
import { stripMeta, syncMetaSchema } from '../../../src/domain/sync-meta';
import type { Mutation } from '../../../src/domain/sync-protocol';
import { schemaOf, travelOf, type SyncedTableName } from '../../../src/domain/table-registry';
import { createDevice, createSpace } from '../auth/devices';
import type { Database } from '../db/database';
import {
  CausalHistory,
  ModelTablet,
  unitStamp,
  unitsOf,
  unitValue,
  type PushMode,
  type Row,
} from '../testing/model-tablet';
import { testDatabases } from '../testing/test-databases';
import { useTestServer } from '../testing/test-server';

const councilId = '00000000-0000-4000-8000-0000000000c1';
const voteId = '00000000-0000-4000-8000-0000000000e1';
const memberIds = ['00000000-0000-4000-8000-0000000000d1', '00000000-0000-4000-8000-0000000000d2'];
const meetingIds = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2'];
const itemIds = ['00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-0000000000b2'];
const shared: { table: SyncedTableName; id: string }[] = [
  ...meetingIds.map((id) => ({ table: 'meetings' as const, id })),
  ...itemIds.map((id) => ({ table: 'agendaItems' as const, id })),
];
const hasVotedIds = memberIds.map((memberId) => naturalKeyId('hasVoted', { voteId, memberId }));
const firstMeetingMs = Date.parse('2026-03-04T10:00:00.000Z');

type Op =
  | { kind: 'edit'; tablet: number; target: number; field: number; n: number }
  | { kind: 'delete'; tablet: number; target: number }
  | { kind: 'vote'; tablet: number; member: number; assisted: boolean }
  | { kind: 'push'; tablet: number; mode: PushMode }
  | { kind: 'pull'; tablet: number; limit: number; pages: number; lose: number }
  | { kind: 'clock'; stepMs: number };

const tablet = fc.integer({ min: 0, max: 2 });
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      tablet,
      // Mostly the first meeting and item, and their first fields: that is where edits collide.
      target: fc.oneof(fc.constantFrom(0, 2), fc.integer({ min: 0, max: shared.length - 1 })),
      field: fc.oneof(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 4 })),
      n: fc.nat(1000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      tablet,
      target: fc.integer({ min: 0, max: shared.length + hasVotedIds.length - 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('vote' as const),
      tablet,
      member: fc.integer({ min: 0, max: 1 }),
      assisted: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('push' as const),
      tablet,
      mode: fc.constantFrom<PushMode>('answered', 'response-lost', 'sent-twice'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pull' as const),
      tablet,
      limit: fc.integer({ min: 1, max: 4 }),
      pages: fc.integer({ min: 1, max: 3 }),
      lose: fc.integer({ min: -1, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('clock' as const), stepMs: fc.integer({ min: -20_000, max: 180_000 }) }),
  },
);

/** The next content of a record after editing one of its fields; every text and time is new. */
function edited(table: SyncedTableName, current: Row, field: number, n: number, label: string) {
  const next = { ...stripMeta(current) } as Record<string, unknown> & { id: string };
  const unique = Number(label.split(' ')[1]);
  if (table === 'meetings') {
    if (field === 0) next.title = `Møde ${label}`;
    if (field === 1) {
      next.startsAt = new Date(firstMeetingMs + unique * 60_000).toISOString();
      next.endsAt = new Date(firstMeetingMs + unique * 60_000 + 3_600_000).toISOString();
    }
    if (field === 2) {
      if (n % 3 === 0) delete next.location;
      else next.location = `Sal ${label}`;
    }
    if (field === 3) next.isOpen = n % 2 === 0;
    if (field === 4) next.status = meetingStatuses[n % meetingStatuses.length];
  } else {
    if (field === 0) next.title = `Punkt ${label}`;
    if (field === 1) {
      if (n % 3 === 0) delete next.details;
      else next.details = `Noter ${label}`;
    }
    if (field === 2) next.plannedMinutes = 1 + (n % 240);
    if (field === 3) next.order = n % 7;
    if (field === 4) next.kind = agendaItemKinds[n % agendaItemKinds.length];
  }
  return next;
}

function sorted(records: Map<string, Row>): [string, Row][] {
  return [...records.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

describe.each(testDatabases)('convergence on $name', (testDb) => {
  let db: Database;
  let app: FastifyInstance;
  let serverNowMs = Date.now();
  useTestServer(testDb, { now: () => serverNowMs }, (server) => ({ db, app } = server));

  async function run(ops: Op[], offsetsMs: number[]): Promise<void> {
    serverNowMs = Date.now();
    let highestNowMs = serverNowMs;
    const spaceId = await createSpace(db, 'Solhjem');
    const history = new CausalHistory();

    // The server's side of each field as the test sees it: the newest stamp applied so far.
    const onServer = new Map<string, { stamp: string; value: string }>();
    const mustBeLogged = new Map<string, { table: string; id: string; unit: readonly string[]; stamp: string }>();
    function applied(mutation: Mutation): void {
      if (travelOf(mutation.table) === 'insert-only') return;
      const record = mutation.record as Row;
      for (const unit of unitsOf(mutation.table, record)) {
        const unitKey = CausalHistory.unitKey(mutation.table, record.id, unit);
        const incoming = { stamp: unitStamp(record, unit), value: unitValue(record, unit) };
        const stored = onServer.get(unitKey);
        if (stored?.stamp === incoming.stamp) continue;
        if (!stored) {
          onServer.set(unitKey, incoming);
          continue;
        }
        const [winner, loser] = incoming.stamp > stored.stamp ? [incoming, stored] : [stored, incoming];
        if (!history.knows(unitKey, winner.stamp, loser.stamp) && winner.value !== loser.value) {
          mustBeLogged.set(`${unitKey}@${loser.stamp}`, {
            table: mutation.table,
            id: record.id,
            unit,
            stamp: loser.stamp,
          });
        }
        onServer.set(unitKey, winner);
      }
    }

    async function tabletOf(node: string, offsetMs: number): Promise<ModelTablet> {
      const { token } = await createDevice(db, spaceId, node, 'shared-tablet');
      return new ModelTablet(app, token, node, () => serverNowMs + offsetMs, history, applied);
    }
    const tablets = await Promise.all(
      ['tableta', 'tabletb', 'tabletc'].map((node, i) => tabletOf(node, offsetsMs[i]!)),
    );

    // The council's meetings and agenda exist on every tablet before anyone goes offline.
    const [first] = tablets as [ModelTablet];
    for (const [i, id] of meetingIds.entries()) {
      first.write('meetings', {
        id,
        councilId,
        title: `Møde ${i}`,
        startsAt: new Date(firstMeetingMs).toISOString(),
        endsAt: new Date(firstMeetingMs + 3_600_000).toISOString(),
        isOpen: false,
        status: 'planned',
      });
    }
    for (const [i, id] of itemIds.entries()) {
      first.write('agendaItems', {
        id,
        meetingId: meetingIds[0],
        kind: 'information',
        title: `Punkt ${i}`,
        plannedMinutes: 10,
        order: i,
      });
    }
    await first.pushAll();
    for (const each of tablets) await each.pull(500);

    let edits = 0;
    for (const op of ops) {
      if (op.kind === 'clock') {
        // Back a little, or forward: never so far back that a tablet's stamps look 5 minutes ahead.
        serverNowMs = Math.max(serverNowMs + op.stepMs, highestNowMs - 60_000);
        highestNowMs = Math.max(highestNowMs, serverNowMs);
        continue;
      }
      const device = tablets[op.tablet]!;
      if (op.kind === 'edit') {
        const { table, id } = shared[op.target]!;
        const current = device.get(table, id);
        // A deleted record is gone from the tablet's screens: nobody can edit it there.
        if (!current || current._deleted === 1) continue;
        device.write(table, edited(table, current, op.field, op.n, `${device.node} ${++edits}`));
      } else if (op.kind === 'delete') {
        const { table, id } =
          op.target < shared.length
            ? shared[op.target]!
            : { table: 'hasVoted' as const, id: hasVotedIds[op.target - shared.length]! };
        const current = device.get(table, id);
        if (current && current._deleted === 0) device.write(table, stripMeta(current), 1);
      } else if (op.kind === 'vote') {
        const id = hasVotedIds[op.member]!;
        if (!device.get('hasVoted', id)) {
          device.write('hasVoted', { id, voteId, memberId: memberIds[op.member], assisted: op.assisted });
        }
      } else if (op.kind === 'push') {
        await device.push(op.mode);
      } else {
        await device.pull(op.limit, op.pages, op.lose);
      }
    }

    // Everyone comes online and syncs until nobody has anything left to send.
    let quiet = false;
    for (let round = 0; round < 10 && !quiet; round++) {
      let pushed = false;
      for (const each of tablets) {
        pushed = (await each.pushAll()) || pushed;
        await each.pull(3);
      }
      quiet = !pushed && tablets.every((each) => !each.hasUnsent());
    }
    expect(quiet).toBe(true);

    const fresh = await tabletOf('fresh', 0);
    await fresh.pull(500);
    for (const each of tablets) {
      expect(each.refusedMerges).toEqual([]);
      expect(sorted(each.records)).toEqual(sorted(fresh.records));
    }
    for (const [key, record] of fresh.records) {
      const table = key.split('/')[0] as SyncedTableName;
      expect(schemaOf(table).safeParse(stripMeta(record)).success, key).toBe(true);
      expect(syncMetaSchema.safeParse(record).success, key).toBe(true);
    }

    const logged = await db.query<{ table_name: string; record_id: string; field: string; stamp: string }>(
      'select table_name, record_id, field, stamp from overwritten_values where space_id = $1',
      [spaceId],
    );
    const missing = [...mustBeLogged.values()].filter(
      (lost) =>
        !logged.some(
          (row) =>
            row.table_name === lost.table &&
            row.record_id === lost.id &&
            row.stamp === lost.stamp &&
            lost.unit.includes(row.field),
        ),
    );
    expect(missing).toEqual([]);
  }

  it('ends with identical records everywhere and every concurrently overwritten value logged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArbitrary, { minLength: 6, maxLength: 40 }),
        fc.array(fc.integer({ min: -90_000, max: 60_000 }), { minLength: 3, maxLength: 3 }),
        run,
      ),
      { numRuns: 40 },
    );
  }, 180_000);
});
