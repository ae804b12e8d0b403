import { describe, expect, it } from 'vitest';
import { fieldGroupsOf } from './table-registry';
import { meetingSchema } from './meeting';
import { conflictTitle, mergeChecked, mergeConflictId } from './merge-conflict';
import { stripMeta, type SyncMeta } from './sync-meta';
import { voteSchema } from './vote';

const s = (n: number, node = 'a') => `${String(1_741_082_400_000 + n).padStart(13, '0')}:0000:${node}`;

function stored<T extends Record<string, unknown>>(fields: T, stamps: Record<string, string>): T & SyncMeta {
  const changed = Object.values(stamps).reduce((max, x) => (x > max ? x : max), '');
  return { ...fields, _stamps: stamps, _deleted: 0, _changed: changed };
}

const meetingId = '00000000-0000-4000-8000-000000000001';
const councilId = '00000000-0000-4000-8000-000000000002';
const meetingFields = {
  id: meetingId,
  councilId,
  title: 'Forårsmøde',
  startsAt: '2025-03-04T10:00:00.000Z',
  endsAt: '2025-03-04T11:00:00.000Z',
  isOpen: false,
  status: 'planned',
};
const meetingStamps = Object.fromEntries(Object.keys({ ...meetingFields, _deleted: 0 }).map((f) => [f, s(1)]));

// Here the meeting moved to the afternoon; on the other tablet it was made to end earlier.
const here = stored(
  { ...meetingFields, startsAt: '2025-03-04T13:00:00.000Z', endsAt: '2025-03-04T14:00:00.000Z' },
  { ...meetingStamps, startsAt: s(5, 'a'), endsAt: s(5, 'a') },
);
const there = stored({ ...meetingFields, endsAt: '2025-03-04T10:30:00.000Z' }, { ...meetingStamps, endsAt: s(7, 'b') });

const voteId = '00000000-0000-4000-8000-000000000003';
const voteFields = {
  id: voteId,
  meetingId,
  agendaItemId: '00000000-0000-4000-8000-000000000004',
  question: 'Hvor skal vi hen?',
  kind: 'yes-no',
  mode: 'open',
  status: 'open',
};
const voteStamps = Object.fromEntries(Object.keys({ ...voteFields, _deleted: 0 }).map((f) => [f, s(1)]));
const options = [
  { id: 'zoo', label: 'Zoo' },
  { id: 'skov', label: 'Skoven' },
];

describe('mergeChecked', () => {
  it('merges two copies whose combination is valid', () => {
    const renamed = stored({ ...meetingFields, title: 'Sommermøde' }, { ...meetingStamps, title: s(3, 'b') });
    const result = mergeChecked(meetingSchema, here, renamed);
    expect(result).toMatchObject({ ok: true, merged: { title: 'Sommermøde', startsAt: '2025-03-04T13:00:00.000Z' } });
  });

  it.each([
    {
      name: 'a meeting that would end before it starts',
      schema: meetingSchema,
      local: here,
      incoming: there,
      reason: 'validation.endBeforeStart',
    },
    {
      name: 'a vote whose kind says choose-one but whose options are gone',
      schema: voteSchema,
      local: stored(
        { ...voteFields, kind: 'choose-one', options },
        { ...voteStamps, kind: s(5, 'a'), options: s(5, 'a') },
      ),
      incoming: stored({ ...voteFields }, { ...voteStamps, options: s(7, 'b') }),
      reason: 'validation.invalid',
    },
  ])('refuses $name', ({ schema, local, incoming, reason }) => {
    expect(mergeChecked(schema, local, incoming)).toEqual({ ok: false, reason });
    // Whatever order the copies arrive in, the result is refused the same way.
    expect(mergeChecked(schema, incoming, local)).toEqual({ ok: false, reason });
  });

  it.each([
    { name: 'the meeting times', schema: meetingSchema, table: 'meetings', local: here, incoming: there },
    {
      name: "the vote's kind and options",
      schema: voteSchema,
      table: 'votes',
      local: stored(
        { ...voteFields, kind: 'choose-one', options },
        { ...voteStamps, kind: s(5, 'a'), options: s(5, 'a') },
      ),
      incoming: stored({ ...voteFields }, { ...voteStamps, options: s(7, 'b') }),
    },
  ])(
    "merges $name as one unit with the table's field groups, so the same copies give a valid record",
    ({ schema, table, local, incoming }) => {
      const groups = fieldGroupsOf(table);
      expect(mergeChecked(schema, local, incoming, undefined, groups)).toMatchObject({
        ok: true,
        merged: stripMeta(incoming),
      });
      expect(mergeChecked(schema, incoming, local, undefined, groups)).toMatchObject({
        ok: true,
        merged: stripMeta(incoming),
      });
    },
  );

  it('refuses a merge of two groups that disagree: a secret result counted for options the other tablet replaced', () => {
    const withPictures = options.map((o) => ({ ...o, picture: { type: 'pictogram', id: 'pet' } }));
    const choose = { ...voteFields, kind: 'choose-one', mode: 'secret', options: withPictures };
    const closed = stored(
      { ...choose, status: 'closed', tally: { counts: { zoo: 2, skov: 1 }, ballotCount: 3, assistedCount: 0 } },
      { ...voteStamps, kind: s(1), options: s(1), status: s(5, 'a'), tally: s(5, 'a') },
    );
    const replaced = stored(
      {
        ...choose,
        options: [{ id: 'hav', label: 'Havet', picture: { type: 'pictogram', id: 'pet' } }, withPictures[1]!],
      },
      { ...voteStamps, kind: s(7, 'b'), options: s(7, 'b') },
    );
    const groups = fieldGroupsOf('votes');
    expect(mergeChecked(voteSchema, closed, replaced, undefined, groups)).toEqual({
      ok: false,
      reason: 'validation.resultMismatch',
    });
    expect(mergeChecked(voteSchema, replaced, closed, undefined, groups)).toEqual({
      ok: false,
      reason: 'validation.resultMismatch',
    });
  });

  it('checks the record after the legacy repair', () => {
    const broken = stored({ ...meetingFields, location: 42 }, meetingStamps);
    expect(mergeChecked(meetingSchema, broken, broken).ok).toBe(false);
    const repair = (row: Record<string, unknown>) => ({ ...row, location: undefined });
    expect(mergeChecked(meetingSchema, broken, broken, repair).ok).toBe(true);
  });
});

describe('conflict helpers', () => {
  it('names a conflict after the incoming version, so a second import of the same file finds it', () => {
    expect(mergeConflictId('meetings', meetingId, there)).toBe(`meetings:${meetingId}:${s(7, 'b')}`);
  });

  it.each([
    { name: 'a meeting by its title', local: { title: 'Forårsmøde' }, incoming: {}, title: 'Forårsmøde' },
    { name: 'a member by display name', local: {}, incoming: { displayName: 'Anna' }, title: 'Anna' },
    { name: 'a vote by its question', local: { question: 'Zoo?' }, incoming: {}, title: 'Zoo?' },
    { name: 'a ballot not at all', local: { choice: 'yes' }, incoming: {}, title: undefined },
  ])('finds the title of $name', ({ local, incoming, title }) => {
    expect(conflictTitle({ local, incoming })).toBe(title);
  });
});
