import { describe, expect, it } from 'vitest';
import { changedFields, sameValue } from './changed-fields';

describe('sameValue', () => {
  it.each([
    [1, 1, true],
    ['a', 'b', false],
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [[1, 2], [2, 1], false],
    [[], {}, false],
    [null, {}, false],
    [{ a: { b: 1 } }, { a: { b: 2 } }, false],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});

describe('changedFields', () => {
  const before = { id: 'm1', title: 'Møde', location: 'Salen', picture: { type: 'symbol', id: 'x' } };

  it('returns only the fields that differ, never the id', () => {
    expect(changedFields(before, { ...before, title: 'Nyt møde' })).toEqual({ title: 'Nyt møde' });
  });

  it('compares nested values deeply, so an equal copy is no change', () => {
    expect(changedFields(before, { ...before, picture: { id: 'x', type: 'symbol' } })).toEqual({});
  });

  it('sends a cleared optional field as undefined, so the repository clears it', () => {
    const { location: _dropped, ...rest } = before;
    const patch = changedFields<typeof before>(before, rest as typeof before);
    expect(patch).toHaveProperty('location', undefined);
    expect(Object.keys(patch)).toEqual(['location']);
  });

  it('includes a field that is new', () => {
    expect(changedFields<{ id: string; note?: string }>({ id: 'a' }, { id: 'a', note: 'n' })).toEqual({ note: 'n' });
  });
});
