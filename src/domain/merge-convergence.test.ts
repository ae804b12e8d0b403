// Property: however edits on three tablets are exchanged — any order, any repeats — every
// tablet ends with the same records, and each of them is one the schema accepts. (Merges
// across groups that the schema refuses are tested in merge-conflict.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fieldGroupsOf } from './table-registry';
import { formatStamp, tick, receive, parseStamp, type HlcState } from './hlc';
import { meetingSchema } from './meeting';
import { mergeChecked } from './merge-conflict';
import { stampChanges } from './stamp-changes';
import { stripMeta, type Stored } from './sync-meta';
import { voteSchema } from './vote';

type Row = Stored<Record<string, unknown> & { id: string }>;

const meetingId = '00000000-0000-4000-8000-000000000001';
const voteId = '00000000-0000-4000-8000-000000000002';
const picture = { type: 'pictogram', id: 'pet' };

const tables: Record<string, { schema: z.ZodType; initial: Record<string, unknown> & { id: string } }> = {
  meetings: {
    schema: meetingSchema,
    initial: {
      id: meetingId,
      councilId: '00000000-0000-4000-8000-000000000003',
      title: 'Forårsmøde',
      startsAt: '2025-03-04T10:00:00.000Z',
      endsAt: '2025-03-04T11:00:00.000Z',
      isOpen: false,
      status: 'planned',
    },
  },
  votes: {
    schema: voteSchema,
    initial: {
      id: voteId,
      meetingId,
      agendaItemId: '00000000-0000-4000-8000-000000000004',
      question: 'Hvor skal vi hen?',
      kind: 'yes-no',
      mode: 'open',
      status: 'open',
    },
  },
};

/** Edits a screen could make: each keeps its own record valid. */
const hour = (h: number) => `2025-03-04T${String(h).padStart(2, '0')}:00:00.000Z`;
const meetingEdit = fc.oneof(
  fc.record({ title: fc.constantFrom('Forårsmøde', 'Sommermøde', 'Høstmøde') }),
  fc.record({ location: fc.constantFrom('Stuen', 'Haven', undefined) }),
  fc.record({ isOpen: fc.boolean() }),
  // Staff move the start, the end, or both; the form refuses an end before the start.
  fc.record({ startsAt: fc.integer({ min: 8, max: 16 }).map(hour) }),
  fc.record({ endsAt: fc.integer({ min: 9, max: 18 }).map(hour) }),
  fc
    .tuple(fc.integer({ min: 8, max: 16 }), fc.integer({ min: 1, max: 3 }))
    .map(([start, length]) => ({ startsAt: hour(start), endsAt: hour(start + length) })),
);
const voteEdit = fc.oneof(
  fc.record({ question: fc.constantFrom('Hvor skal vi hen?', 'Hvad skal vi spise?') }),
  fc.constant({ kind: 'yes-no', options: undefined, maxChoices: undefined, scale: undefined }),
  fc.constant({ kind: 'smiley', options: undefined, maxChoices: undefined, scale: 5 }),
  fc.constant({
    kind: 'choose-up-to',
    options: ['zoo', 'skov', 'hav'].map((id) => ({ id, label: id, picture })),
    maxChoices: 2,
    scale: undefined,
  }),
  fc.record({ status: fc.constantFrom('open', 'closed') }),
);
const edit = fc.oneof(
  fc.record({ table: fc.constant('meetings'), change: meetingEdit, remove: fc.constant(false) }),
  fc.record({ table: fc.constant('votes'), change: voteEdit, remove: fc.constant(false) }),
  fc.record({ table: fc.constantFrom('meetings', 'votes'), change: fc.constant({}), remove: fc.constant(true) }),
);

/** Real time, shared by the three tablets of one run: each step happens a millisecond later. */
const world = { now: 1_741_082_400_000 };

interface Replica {
  clock: HlcState;
  rows: Map<string, Row>;
  refused: Set<string>;
}

function newReplica(node: string): Replica {
  return { clock: { wallMs: 0, counter: 0, node }, rows: new Map(), refused: new Set() };
}

function applyLocal(replica: Replica, step: { table: string; change: Record<string, unknown>; remove: boolean }) {
  const existing = replica.rows.get(step.table);
  const base = existing ? stripMeta(existing) : tables[step.table]!.initial;
  const next: Record<string, unknown> = { ...base, ...step.change };
  for (const [key, value] of Object.entries(step.change)) if (value === undefined) delete next[key];
  // As Repository.update: an edit the schema refuses is not stored.
  if (!step.remove && !tables[step.table]!.schema.safeParse(next).success) return;
  world.now += 1;
  replica.clock = tick(replica.clock, world.now);
  const stamp = formatStamp(replica.clock);
  replica.rows.set(
    step.table,
    stampChanges(existing, next as Row, step.remove ? 1 : 0, stamp, fieldGroupsOf(step.table)) as Row,
  );
}

/** What a receiving tablet does with a copy: merge, store only what the schema accepts. */
function receiveCopy(replica: Replica, table: string, incoming: Row) {
  for (const stamp of Object.values(incoming._stamps)) {
    const remote = parseStamp(stamp);
    if (remote) replica.clock = receive(replica.clock, remote, world.now);
  }
  const local = replica.rows.get(table);
  if (!local) {
    replica.rows.set(table, incoming);
    return;
  }
  const outcome = mergeChecked(tables[table]!.schema, local, incoming, undefined, fieldGroupsOf(table));
  if (outcome.ok) replica.rows.set(table, outcome.merged);
  else replica.refused.add(`${table}:${incoming._changed}`);
}

/** Everything one tablet holds, as a full copy it could send. */
function snapshot(replica: Replica): [string, Row][] {
  return [...replica.rows.entries()].map(([table, row]) => [table, structuredClone(row)]);
}

const scenario = fc.record({
  // Which replica edits what, interleaved with exchanges from one replica to another.
  steps: fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), on: fc.integer({ min: 0, max: 2 }), edit }),
      fc.record({
        kind: fc.constant('send' as const),
        from: fc.integer({ min: 0, max: 2 }),
        to: fc.integer({ min: 0, max: 2 }),
      }),
    ),
    { maxLength: 30 },
  ),
  // The final exchange: every replica sends everything to every other, in a random order, with repeats.
  finalOrder: fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), {
    minLength: 0,
    maxLength: 8,
  }),
});

describe('merging edits from three tablets', () => {
  it('converges to the same records, each one the schema accepts', () => {
    fc.assert(
      fc.property(scenario, ({ steps, finalOrder }) => {
        const replicas = ['a', 'b', 'c'].map(newReplica);
        // Every replica starts from the same shared records (as after a first sync).
        for (const table of Object.keys(tables)) applyLocal(replicas[0]!, { table, change: {}, remove: false });
        for (const replica of replicas.slice(1))
          for (const [table, row] of snapshot(replicas[0]!)) receiveCopy(replica, table, row);

        for (const step of steps) {
          if (step.kind === 'edit') applyLocal(replicas[step.on]!, step.edit);
          else for (const [table, row] of snapshot(replicas[step.from]!)) receiveCopy(replicas[step.to]!, table, row);
        }
        // Random extra deliveries, then everyone hears from everyone (twice, so the last
        // merged state also travels back).
        for (const [from, to] of finalOrder)
          for (const [table, row] of snapshot(replicas[from]!)) receiveCopy(replicas[to]!, table, row);
        for (let round = 0; round < 2; round += 1) {
          for (const from of replicas)
            for (const to of replicas) for (const [table, row] of snapshot(from)) receiveCopy(to, table, row);
        }

        // These edits only touch fields within one group or fields no refinement ties together,
        // so no merge may be refused, and every tablet must hold exactly the same records.
        const first = replicas[0]!;
        for (const replica of replicas) expect([...replica.refused]).toEqual([]);
        for (const replica of replicas.slice(1))
          expect(Object.fromEntries(replica.rows)).toEqual(Object.fromEntries(first.rows));
        for (const replica of replicas) {
          for (const [table, row] of replica.rows) {
            // Nothing the schema refuses is ever stored.
            expect(tables[table]!.schema.safeParse(stripMeta(row)).success).toBe(true);
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
