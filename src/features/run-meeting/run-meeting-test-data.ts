// Test data for meeting-mode tests, written through the repositories like the app does.
import type { AgendaItem } from '../../domain/agenda-item';
import { newId } from '../../domain/ids';
import type { Meeting } from '../../domain/meeting';
import type { Member } from '../../domain/member';
import { agendaItems, councils, facilities, meetings, members } from '../../storage/repositories';

export interface MeetingFixture {
  meeting: Meeting;
  items: AgendaItem[];
  members: Member[];
  councilId: string;
}

export async function createMeetingFixture(
  status: Meeting['status'] = 'in-progress',
  itemSpecs: { title: string; kind: AgendaItem['kind'] }[] = [
    { title: 'Velkommen', kind: 'information' },
    { title: 'Sommerturen', kind: 'vote' },
    { title: 'Nye møbler', kind: 'discussion' },
  ],
): Promise<MeetingFixture> {
  const facility = await facilities.save({ id: newId(), name: 'Solhjem', kind: 'residential' });
  const council = await councils.save({
    id: newId(),
    facilityId: facility.id,
    name: 'Brugerrådet på Solhjem',
    kind: 'user-council',
    meetingsPerYear: 4,
  });
  const people: Member[] = [];
  for (const [displayName, role] of [
    ['Anna', 'resident'],
    ['Bo', 'resident'],
    ['Carla', 'staff'],
  ] as const) {
    people.push(await members.save({ id: newId(), councilId: council.id, displayName, role, photoConsent: false }));
  }
  const meeting = await meetings.save({
    id: newId(),
    councilId: council.id,
    title: 'Forårsmøde',
    startsAt: '2026-04-14T12:00:00.000Z',
    endsAt: '2026-04-14T13:30:00.000Z',
    location: 'Fælleshuset',
    isOpen: false,
    status,
  });
  const items: AgendaItem[] = [];
  for (const [index, spec] of itemSpecs.entries()) {
    items.push(
      await agendaItems.save({
        id: newId(),
        meetingId: meeting.id,
        kind: spec.kind,
        title: spec.title,
        plannedMinutes: 10,
        order: index + 1,
      }),
    );
  }
  return { meeting, items, members: people, councilId: council.id };
}
