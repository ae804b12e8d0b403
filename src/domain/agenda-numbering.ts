// One numbering rule for every screen and for the minutes: breaks are part of the flow but
// carry no number; every other item is numbered 1, 2, 3 … in agenda order, so "Punkt 3" means
// the same thing on the picture agenda, in the agenda builder, in meeting mode and on paper.
import type { AgendaItem } from './agenda-item';

type Numberable = Pick<AgendaItem, 'id' | 'kind'>;

/** Whether an item of this kind gets a number. */
export function isNumbered(item: Pick<AgendaItem, 'kind'>): boolean {
  return item.kind !== 'break';
}

/**
 * Each item's number, by id, for items already in agenda order (see sortAgenda): null for a
 * break, otherwise 1-based and continuous across breaks.
 */
export function numberAgenda(items: readonly Numberable[]): Map<string, number | null> {
  const numbers = new Map<string, number | null>();
  let n = 0;
  for (const item of items) {
    if (isNumbered(item)) {
      n += 1;
      numbers.set(item.id, n);
    } else {
      numbers.set(item.id, null);
    }
  }
  return numbers;
}

/** How many items carry a number: the agenda's "N punkter". */
export function countNumbered(items: readonly Pick<AgendaItem, 'kind'>[]): number {
  return items.filter(isNumbered).length;
}
