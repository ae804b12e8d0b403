import { describe, expect, it } from 'vitest';
import { fieldGroupsOf } from './table-registry';
import { mergeRecord } from './merge-record';
import { stampChanges } from './stamp-changes';
import type { Stored } from './sync-meta';

const s = (n: number, node = 'a') => `${String(1_741_082_400_000 + n).padStart(13, '0')}:0000:${node}`;
const groups = fieldGroupsOf('meetings');

type Times = { id: string; title: string; startsAt: string; endsAt: string };
const id = '00000000-0000-4000-8000-000000000001';
const planned: Times = {
  id,
  title: 'Forårsmøde',
  startsAt: '2025-03-04T10:00:00.000Z',
  endsAt: '2025-03-04T11:00:00.000Z',
};
const created = stampChanges<Times>(undefined, planned, 0, s(1), groups);

describe('field groups', () => {
  it('stamp every field of a group when one of them changes', () => {
    const later = stampChanges(created, { ...planned, endsAt: '2025-03-04T10:30:00.000Z' }, 0, s(2), groups);
    expect(later._stamps).toMatchObject({ startsAt: s(2), endsAt: s(2), title: s(1) });
  });

  it('stamp the group when one of its fields is cleared', () => {
    const members = fieldGroupsOf('members');
    type Term = { id: string; termStart?: string; termEnd?: string };
    const withTerm = stampChanges<Term>(
      undefined,
      { id, termStart: '2025-01-01', termEnd: '2026-12-31' },
      0,
      s(1),
      members,
    );
    const cleared = stampChanges<Term>(withTerm, { id, termStart: '2025-01-01' }, 0, s(3), members);
    expect(cleared._stamps).toMatchObject({ termStart: s(3), termEnd: s(3) });
  });

  it('merge a group as one unit: start and end come from the same edit', () => {
    // Here the meeting moved to the afternoon; on the other tablet, later, it was made to end earlier.
    const here = stampChanges(
      created,
      { ...planned, startsAt: '2025-03-04T13:00:00.000Z', endsAt: '2025-03-04T14:00:00.000Z' },
      0,
      s(5, 'a'),
      groups,
    );
    const there = stampChanges(created, { ...planned, endsAt: '2025-03-04T10:30:00.000Z' }, 0, s(7, 'b'), groups);
    for (const merged of [mergeRecord(here, there, groups), mergeRecord(there, here, groups)]) {
      expect(merged).toMatchObject({ startsAt: '2025-03-04T10:00:00.000Z', endsAt: '2025-03-04T10:30:00.000Z' });
      expect(merged._stamps).toMatchObject({ startsAt: s(7, 'b'), endsAt: s(7, 'b') });
    }
  });

  it('still merge fields outside a group one by one', () => {
    const renamed = stampChanges(created, { ...planned, title: 'Sommermøde' }, 0, s(4, 'a'), groups);
    const moved = stampChanges(created, { ...planned, endsAt: '2025-03-04T12:00:00.000Z' }, 0, s(3, 'b'), groups);
    expect(mergeRecord(renamed, moved, groups)).toMatchObject({
      title: 'Sommermøde',
      endsAt: '2025-03-04T12:00:00.000Z',
    });
  });

  it('take a group whole even from copies stamped field by field (rows from before groups)', () => {
    const old = {
      ...planned,
      _stamps: { id: s(1), title: s(1), startsAt: s(6), endsAt: s(1), _deleted: s(1) },
      _deleted: 0,
      _changed: s(6),
    } as Stored<Times>;
    const other = {
      ...planned,
      endsAt: '2025-03-04T09:00:00.000Z',
      startsAt: '2025-03-04T08:00:00.000Z',
      _stamps: { id: s(1), title: s(1), startsAt: s(1), endsAt: s(5), _deleted: s(1) },
      _deleted: 0,
      _changed: s(5),
    } as Stored<Times>;
    // The newest stamp of the group (6, on `old`) decides: both times come from `old`.
    expect(mergeRecord(old, other, groups)).toMatchObject({ startsAt: planned.startsAt, endsAt: planned.endsAt });
    expect(mergeRecord(other, old, groups)).toEqual(mergeRecord(old, other, groups));
  });

  it.each(['meetings', 'votes', 'ballots', 'members', 'evaluations', 'elections'])('are declared for %s', (table) => {
    expect(fieldGroupsOf(table).length).toBeGreaterThan(0);
  });

  it('are empty for tables without fields that belong together', () => {
    expect(fieldGroupsOf('councils')).toEqual([]);
  });
});
