// Every change the agenda builder makes, awaited into IndexedDB before the screen confirms it.
import type { AgendaItem } from '../../domain/agenda-item';
import { changedFields } from '../../domain/changed-fields';
import { moveItem } from '../../domain/agenda-order';
import { agendaItems } from '../../storage/repositories';
import { withStoredPictogram } from '../../storage/store-pictogram';
import { storeNewPhoto, type NewPhoto } from '../../shared/picture-field/picture-choice';

/**
 * Stores the picture first, so the item never points at a picture that is not there: a new
 * photo, or the pictogram's SVG (also the kind's own one) so it shows offline on any tablet.
 * `loaded` is the item as the form loaded it: then only the fields changed against it are
 * stored, so a move or an edit made elsewhere since is not undone.
 */
export async function saveAgendaItem(item: AgendaItem, photo?: NewPhoto, loaded?: AgendaItem): Promise<AgendaItem> {
  let next: AgendaItem;
  if (photo) {
    const stored = await storeNewPhoto(photo);
    const flags = item.picture?.type === 'photo' ? { people: item.picture.people, consent: item.picture.consent } : {};
    next = { ...item, picture: { ...stored, ...flags } };
  } else {
    next = { ...item, picture: await withStoredPictogram(item.picture) };
  }
  return loaded ? agendaItems.update(loaded.id, changedFields(loaded, next)) : agendaItems.save(next);
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
