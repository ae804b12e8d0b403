// Where the meeting is in its agenda. Breaks are part of the flow but carry no number (the
// shared rule in domain/agenda-numbering), so "Punkt 2" means the same thing on every screen
// and on paper.
import type { AgendaItem } from '../../domain/agenda-item';
import { countNumbered, numberAgenda } from '../../domain/agenda-numbering';

export interface AgendaPosition {
  item: AgendaItem;
  index: number;
  /** 1-based number among the items that are not breaks; undefined for a break. */
  number: number | undefined;
  /** How many numbered (non-break) items the agenda has. */
  numberedCount: number;
  previous: AgendaItem | undefined;
  next: AgendaItem | undefined;
  isLast: boolean;
}

/** The item to show: the stored current item, or the first one when none is stored or it was removed. */
export function agendaPosition(
  items: readonly AgendaItem[],
  currentItemId: string | undefined,
): AgendaPosition | undefined {
  if (items.length === 0) return undefined;
  const found = currentItemId ? items.findIndex((i) => i.id === currentItemId) : -1;
  const index = found >= 0 ? found : 0;
  const item = items[index] as AgendaItem;
  return {
    item,
    index,
    number: itemNumber(items, item.id),
    numberedCount: countNumbered(items),
    previous: items[index - 1],
    next: items[index + 1],
    isLast: index === items.length - 1,
  };
}

export function itemNumber(items: readonly AgendaItem[], itemId: string): number | undefined {
  return numberAgenda(items).get(itemId) ?? undefined;
}
