// Every change the agenda builder makes, awaited into IndexedDB before the screen confirms it.
import type { AgendaItem } from '../../domain/agenda-item';
import { moveItem } from '../../domain/agenda-order';
import { agendaItems } from '../../storage/repositories';
import { putMedia } from '../../storage/media-store';
import type { PreparedPhoto } from './prepare-photo';

/** Stores the photo (if any) first, so the item never points at a picture that is not there. */
export async function saveAgendaItem(item: AgendaItem, photo?: PreparedPhoto): Promise<AgendaItem> {
  if (photo) {
    const hash = await putMedia(photo.bytes, photo.mime);
    return agendaItems.save({ ...item, picture: { type: 'photo', hash } });
  }
  return agendaItems.save(item);
}

/** Moves one item a step; writes only the items whose order changed. */
export async function moveAgendaItem(items: readonly AgendaItem[], id: string, direction: -1 | 1): Promise<number> {
  const changes = moveItem(items, id, direction);
  for (const change of changes) await agendaItems.update(change.id, { order: change.order });
  return changes.length;
}

export function deleteAgendaItem(id: string): Promise<void> {
  return agendaItems.remove(id);
}
