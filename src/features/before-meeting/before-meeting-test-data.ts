// Records for this feature's screen tests, written through the repositories like the app does.
import type { AgendaItem } from '../../domain/agenda-item';
import { newId } from '../../domain/ids';
import type { Meeting } from '../../domain/meeting';
import { agendaItems, councils, facilities, meetings } from '../../storage/repositories';

export async function givenMeeting(changes: Partial<Meeting> = {}) {
  const facility = await facilities.save({ id: newId(), name: 'Bostedet Egely', kind: 'residential' });
  const council = await councils.save({ id: newId(), facilityId: facility.id, name: 'Brugerrådet', kind: 'user-council', meetingsPerYear: 4 });
  return meetings.save({
    id: newId(),
    councilId: council.id,
    title: 'Brugerrådsmøde',
    startsAt: new Date(2026, 11, 1, 10).toISOString(),
    endsAt: new Date(2026, 11, 1, 11).toISOString(),
    location: 'Fælleshuset',
    isOpen: true,
    status: 'agenda-ready',
    ...changes,
  });
}

export function givenItem(meetingId: string, title: string, order: number, changes: Partial<AgendaItem> = {}) {
  return agendaItems.save({ id: newId(), meetingId, kind: 'information', title, plannedMinutes: 10, order, ...changes });
}
