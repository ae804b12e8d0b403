import { describe, expect, it } from 'vitest';
import { mergeInsertOnly, mergeRecord } from './merge-record';
import type { SyncMeta } from './sync-meta';

type Row = { id: string; title?: string; location?: string; order?: number } & SyncMeta;

const s = (n: number, node = 'a') => `${String(1_741_082_400_000 + n).padStart(13, '0')}:0000:${node}`;

function row(fields: Omit<Row, keyof SyncMeta>, stamps: Record<string, string>, deleted: 0 | 1 = 0): Row {
  const changed = Object.values(stamps).reduce((max, x) => (x > max ? x : max), '');
  return { ...fields, _stamps: stamps, _deleted: deleted, _changed: changed };
}

const id = '00000000-0000-4000-8000-000000000001';
const base = { id: s(1), title: s(1), location: s(1), _deleted: s(1) };

// Device A changed the title later; device B changed the location later.
const a = row({ id, title: 'Nyt navn', location: 'Stuen' }, { ...base, title: s(5, 'a') });
const b = row({ id, title: 'Gammelt navn', location: 'Haven' }, { ...base, location: s(7, 'b') });

describe('mergeRecord', () => {
  it('keeps the newest value of each field', () => {
    const merged = mergeRecord(a, b);
    expect(merged.title).toBe('Nyt navn');
    expect(merged.location).toBe('Haven');
    expect(merged._stamps).toEqual({ ...base, title: s(5, 'a'), location: s(7, 'b') });
    expect(merged._changed).toBe(s(7, 'b'));
    expect(merged._deleted).toBe(0);
  });

  const c = row(
    { id, title: 'Tredje', order: 4 },
    { ...base, title: s(6, 'c'), order: s(6, 'c'), location: s(6, 'c') },
  );

  it.each([
    { name: 'a and b', x: a, y: b },
    { name: 'a and c', x: a, y: c },
    { name: 'b and c', x: b, y: c },
  ])('gives the same record whatever order $name arrive in', ({ x, y }) => {
    expect(mergeRecord(x, y)).toEqual(mergeRecord(y, x));
  });

  it('gives the same record whatever order three copies arrive in', () => {
    const abc = mergeRecord(mergeRecord(a, b), c);
    expect(mergeRecord(mergeRecord(c, a), b)).toEqual(abc);
    expect(mergeRecord(b, mergeRecord(c, a))).toEqual(abc);
  });

  it('removes a field that the newer copy cleared', () => {
    const cleared = mergeRecord(a, c);
    expect(cleared).not.toHaveProperty('location');
    expect(cleared.order).toBe(4);
  });

  it.each([
    { name: 'a', x: a },
    { name: 'b', x: b },
    { name: 'the merge of a and b', x: mergeRecord(a, b) },
  ])('changes nothing when $name is merged with itself', ({ x }) => {
    expect(mergeRecord(x, x)).toEqual(x);
  });

  it('changes nothing when the same copy arrives twice', () => {
    const once = mergeRecord(a, b);
    expect(mergeRecord(once, b)).toEqual(once);
    expect(mergeRecord(once, a)).toEqual(once);
  });

  const deleted = row(
    { id, title: 'Nyt navn', location: 'Stuen' },
    { ...base, title: s(5, 'a'), _deleted: s(9, 'd') },
    1,
  );

  it('keeps a delete that is newer than the edits', () => {
    expect(mergeRecord(deleted, b)._deleted).toBe(1);
    expect(mergeRecord(b, deleted)._deleted).toBe(1);
    expect(mergeRecord(b, deleted).location).toBe('Haven');
  });

  it('revives a record when an edit is newer than the delete', () => {
    const revived = row(
      { id, title: 'Nyt navn', location: 'Stuen' },
      { ...base, title: s(5, 'a'), _deleted: s(10, 'e'), location: s(10, 'e') },
      0,
    );
    expect(mergeRecord(deleted, revived)._deleted).toBe(0);
    expect(mergeRecord(revived, deleted)._deleted).toBe(0);
  });

  it('does not revive a record when an edit of another field is newer than the delete', () => {
    // An edit after the delete that does not itself undelete leaves the tombstone in place.
    const laterEdit = row({ id, title: 'Senere', location: 'Stuen' }, { ...base, title: s(12, 'f') }, 0);
    const merged = mergeRecord(deleted, laterEdit);
    expect(merged._deleted).toBe(1);
    expect(merged.title).toBe('Senere');
    expect(mergeRecord(laterEdit, deleted)).toEqual(merged);
  });
});

describe('mergeInsertOnly', () => {
  const recorded = row({ id, title: 'Første' }, { id: s(1, 'a'), title: s(1, 'a'), _deleted: s(1, 'a') });
  const later = row({ id, title: 'Senere' }, { id: s(4, 'b'), title: s(4, 'b'), _deleted: s(4, 'b') });
  const removed = row({ id, title: 'Første' }, { id: s(1, 'a'), title: s(1, 'a'), _deleted: s(6, 'c') }, 1);

  it.each([
    { name: 'local first', x: recorded, y: later },
    { name: 'remote first', x: later, y: recorded },
  ])('keeps the fields of the copy that recorded the fact first ($name)', ({ x, y }) => {
    expect(mergeInsertOnly(x, y)).toEqual(recorded);
  });

  it.each([
    { name: 'deleted here', x: removed, y: later },
    { name: 'deleted there', x: later, y: removed },
  ])('lets a deletion win over any copy ($name)', ({ x, y }) => {
    const merged = mergeInsertOnly(x, y);
    expect(merged._deleted).toBe(1);
    expect(merged.title).toBe('Første');
    expect(merged._stamps._deleted).toBe(s(6, 'c'));
    expect(merged._changed).toBe(s(6, 'c'));
  });

  it('is the same whatever order three copies arrive in', () => {
    const orders = [
      [recorded, later, removed],
      [removed, later, recorded],
      [later, removed, recorded],
    ];
    const results = orders.map(([x, y, z]) => mergeInsertOnly(mergeInsertOnly(x!, y!), z!));
    for (const result of results) expect(result).toEqual(results[0]);
  });
});
