import { describe, expect, it } from 'vitest';
import type { AgendaItemKind } from './agenda-item';
import { countNumbered, isNumbered, numberAgenda } from './agenda-numbering';

const agenda = (...kinds: AgendaItemKind[]) => kinds.map((kind, i) => ({ id: `item-${i + 1}`, kind }));

describe('agenda numbering', () => {
  it.each([
    { name: 'no items', kinds: [] as AgendaItemKind[], numbers: [], count: 0 },
    {
      name: 'items without a break',
      kinds: ['information', 'discussion', 'vote'] as AgendaItemKind[],
      numbers: [1, 2, 3],
      count: 3,
    },
    {
      name: 'a break in the middle',
      kinds: ['since-last-time', 'information', 'break', 'vote', 'round-the-table'] as AgendaItemKind[],
      numbers: [1, 2, null, 3, 4],
      count: 4,
    },
    {
      name: 'a break first',
      kinds: ['break', 'information', 'decision'] as AgendaItemKind[],
      numbers: [null, 1, 2],
      count: 2,
    },
    { name: 'a break last', kinds: ['information', 'break'] as AgendaItemKind[], numbers: [1, null], count: 1 },
    {
      name: 'two breaks in a row',
      kinds: ['information', 'break', 'break', 'discussion'] as AgendaItemKind[],
      numbers: [1, null, null, 2],
      count: 2,
    },
    { name: 'only breaks', kinds: ['break', 'break'] as AgendaItemKind[], numbers: [null, null], count: 0 },
  ])('numbers $name: breaks get no number, the rest count on without gaps', ({ kinds, numbers, count }) => {
    const items = agenda(...kinds);
    const numbered = numberAgenda(items);
    expect(items.map((item) => numbered.get(item.id))).toEqual(numbers);
    expect(countNumbered(items)).toBe(count);
  });

  it.each([
    ['break', false],
    ['information', true],
    ['since-last-time', true],
    ['vote', true],
  ] as const)('a %s item is numbered: %s', (kind, expected) => {
    expect(isNumbered({ kind })).toBe(expected);
  });

  it('keeps the order it is given (the caller sorts)', () => {
    const items = [
      { id: 'b', kind: 'information' as const },
      { id: 'a', kind: 'information' as const },
    ];
    expect([...numberAgenda(items)]).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });
});
