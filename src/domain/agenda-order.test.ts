import { describe, expect, it } from 'vitest';
import { moveItem, nextOrder, sortAgenda, totalPlannedMinutes } from './agenda-order';

const items = [
  { id: 'c', order: 3, plannedMinutes: 10 },
  { id: 'a', order: 1, plannedMinutes: 5 },
  { id: 'b', order: 2, plannedMinutes: 15 },
];

describe('sortAgenda', () => {
  it('sorts by order', () => {
    expect(sortAgenda(items).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('breaks ties by id so every device shows the same order', () => {
    const tied = [
      { id: 'y', order: 1 },
      { id: 'x', order: 1 },
      { id: 'z', order: 0.5 },
    ];
    expect(sortAgenda(tied).map((i) => i.id)).toEqual(['z', 'x', 'y']);
  });

  it('leaves the given list as it was', () => {
    const copy = [...items];
    sortAgenda(items);
    expect(items).toEqual(copy);
  });
});

describe('nextOrder', () => {
  it.each([
    { name: 'an empty agenda', list: [], expected: 1 },
    { name: 'a numbered agenda', list: [{ order: 1 }, { order: 2 }], expected: 3 },
    { name: 'an agenda with gaps', list: [{ order: 7 }, { order: 2 }], expected: 8 },
  ])('places a new item last in $name', ({ list, expected }) => {
    expect(nextOrder(list)).toBe(expected);
  });
});

describe('moveItem', () => {
  it.each([
    {
      name: 'moves the first item down',
      id: 'a',
      direction: 1,
      expected: [
        { id: 'a', order: 2 },
        { id: 'b', order: 1 },
      ],
    },
    {
      name: 'moves the last item up',
      id: 'c',
      direction: -1,
      expected: [
        { id: 'b', order: 3 },
        { id: 'c', order: 2 },
      ],
    },
    {
      name: 'moves a middle item up',
      id: 'b',
      direction: -1,
      expected: [
        { id: 'a', order: 2 },
        { id: 'b', order: 1 },
      ],
    },
    { name: 'does nothing when the first item goes up', id: 'a', direction: -1, expected: [] },
    { name: 'does nothing when the last item goes down', id: 'c', direction: 1, expected: [] },
    { name: 'does nothing for an unknown item', id: 'nope', direction: 1, expected: [] },
  ] as const)('$name', ({ id, direction, expected }) => {
    const changes = moveItem(items, id, direction);
    expect([...changes].sort((x, y) => x.id.localeCompare(y.id))).toEqual(expected);
  });

  it('returns only the items whose order changed', () => {
    const four = [
      { id: 'a', order: 1 },
      { id: 'b', order: 2 },
      { id: 'c', order: 3 },
      { id: 'd', order: 4 },
    ];
    expect(
      moveItem(four, 'c', -1)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['b', 'c']);
  });

  it('gives an agenda with gaps a clean order when something moves', () => {
    const gappy = [
      { id: 'a', order: 10 },
      { id: 'b', order: 20 },
      { id: 'c', order: 30 },
    ];
    const changes = moveItem(gappy, 'c', -1);
    const applied = gappy.map((item) => ({ ...item, ...changes.find((c) => c.id === item.id) }));
    expect(sortAgenda(applied).map((i) => i.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('totalPlannedMinutes', () => {
  it.each([
    { name: 'no items', list: [], expected: 0 },
    { name: 'three items', list: items, expected: 30 },
  ])('adds up the planned minutes of $name', ({ list, expected }) => {
    expect(totalPlannedMinutes(list)).toBe(expected);
  });
});
