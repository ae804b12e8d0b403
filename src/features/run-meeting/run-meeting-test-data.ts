// Test data for meeting-mode tests, written through the repositories like the app does.
import type { AgendaItem } from '../../domain/agenda-item';
import type { Meeting } from '../../domain/meeting';
import type { Member } from '../../domain/member';
import { seedItem, seedSpringMeeting } from '../../testing/seed';

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
  const { council, members: people, meeting } = await seedSpringMeeting(status);
  const items: AgendaItem[] = [];
  for (const [index, spec] of itemSpecs.entries()) {
    items.push(await seedItem(meeting.id, spec.title, index + 1, { kind: spec.kind }));
  }
  return { meeting, items, members: people, councilId: council.id };
}

/** Two picture options for a choose-one vote ("Hvor skal vi hen?"). */
export const beachOrZoo = [
  { id: 'beach', label: 'Stranden', picture: { type: 'pictogram' as const, id: 'swimming' } },
  { id: 'zoo', label: 'Zoo', picture: { type: 'pictogram' as const, id: 'pet' } },
];
