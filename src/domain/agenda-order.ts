import type { AgendaItem } from './agenda-item';

export function sortAgenda<T extends Pick<AgendaItem, 'order' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The order for a new item placed last. */
export function nextOrder(items: readonly Pick<AgendaItem, 'order'>[]): number {
  return items.reduce((max, item) => Math.max(max, item.order), 0) + 1;
}

/**
 * New `order` values after moving one item up or down. Returns only the items whose order
 * changed, so storage writes (and sync stamps) touch as little as possible.
 */
export function moveItem<T extends Pick<AgendaItem, 'order' | 'id'>>(
  items: readonly T[],
  id: string,
  direction: -1 | 1,
): { id: string; order: number }[] {
  const sorted = sortAgenda(items);
  const index = sorted.findIndex((item) => item.id === id);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= sorted.length) return [];
  const renumbered = sorted.map((item, i) => ({ id: item.id, order: i + 1, before: item.order }));
  const a = renumbered[index]!;
  const b = renumbered[target]!;
  [a.order, b.order] = [b.order, a.order];
  return renumbered.filter((r) => r.order !== r.before).map(({ id: rid, order }) => ({ id: rid, order }));
}

export function totalPlannedMinutes(items: readonly Pick<AgendaItem, 'plannedMinutes'>[]): number {
  return items.reduce((sum, item) => sum + item.plannedMinutes, 0);
}
