import { describe, expect, it } from 'vitest';
import { currentVoteOf, votesOnItem } from './vote-actions';

type V = { id: string; agendaItemId: string; status: 'open' | 'closed'; roundOf?: string; openedAt?: string };
const at = (minute: number) => `2026-04-14T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('several votes on one item', () => {
  const first: V = { id: 'first', agendaItemId: 'coffee', status: 'closed', openedAt: at(1) };
  const round: V = { id: 'round', agendaItemId: 'coffee', status: 'closed', openedAt: at(5), roundOf: 'first' };
  const second: V = { id: 'second', agendaItemId: 'coffee', status: 'closed', openedAt: at(9) };
  const old: V = { id: 'old', agendaItemId: 'coffee', status: 'closed' };
  const elsewhere: V = { id: 'elsewhere', agendaItemId: 'trip', status: 'open', openedAt: at(2) };

  it('orders them as they were started, older rows without a time first', () => {
    expect(votesOnItem([second, elsewhere, first, old, round], 'coffee').map((v) => v.id)).toEqual([
      'old',
      'first',
      'round',
      'second',
    ]);
  });

  it.each([
    { name: 'nothing yet', all: [], expected: undefined },
    { name: 'one vote', all: [first], expected: 'first' },
    { name: 'a new round after a tie', all: [first, round], expected: 'round' },
    { name: 'a new question after that', all: [round, second, first], expected: 'second' },
    {
      name: 'an open vote wins over later closed ones',
      all: [{ ...first, status: 'open' as const }, second],
      expected: 'first',
    },
    { name: 'another item’s vote is not this item’s', all: [elsewhere], expected: undefined },
  ])('shows the current one: $name', ({ all, expected }) => {
    expect(currentVoteOf(all as V[], 'coffee')?.id).toBe(expected);
  });
});
