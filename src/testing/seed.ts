// Records for screen tests, written through the repositories like the app does. Each feature's
// *-test-data.ts builds its own scenes from these (its own defaults, statuses and extra records).
import type { AgendaItem } from '../domain/agenda-item';
import type { Council } from '../domain/council';
import { newId } from '../domain/ids';
import type { Meeting } from '../domain/meeting';
import type { Member } from '../domain/member';
import { agendaItems, councils, facilities, meetings, members } from '../storage/repositories';

/** A residential facility with one user council in it. */
export async function seedCouncil(options: { facilityName?: string; name?: string } = {}): Promise<Council> {
  const { facilityName = 'Bostedet Egely', name = 'Brugerrådet' } = options;
  const facility = await facilities.save({ id: newId(), name: facilityName, kind: 'residential' });
  return councils.save({ id: newId(), facilityId: facility.id, name, kind: 'user-council', meetingsPerYear: 4 });
}

/** A planned, closed meeting on 1 December 2026, 10–11 local time, unless `changes` say otherwise. */
export function seedMeeting(councilId: string, changes: Partial<Meeting> = {}): Promise<Meeting> {
  return meetings.save({
    id: newId(),
    councilId,
    title: 'Brugerrådsmøde',
    startsAt: new Date(2026, 11, 1, 10).toISOString(),
    endsAt: new Date(2026, 11, 1, 11).toISOString(),
    isOpen: false,
    status: 'planned',
    ...changes,
  });
}

/** An information item of 10 minutes at `order`, unless `changes` say otherwise. */
export function seedItem(
  meetingId: string,
  title: string,
  order: number,
  changes: Partial<AgendaItem> = {},
): Promise<AgendaItem> {
  return agendaItems.save({
    id: newId(),
    meetingId,
    kind: 'information',
    title,
    plannedMinutes: 10,
    order,
    ...changes,
  });
}

/** Council members without photos, in the given order. Default: residents Anna and Bo, staff Carla. */
export async function seedMembers(
  councilId: string,
  people: readonly (readonly [displayName: string, role: Member['role']])[] = [
    ['Anna', 'resident'],
    ['Bo', 'resident'],
    ['Carla', 'staff'],
  ],
): Promise<Member[]> {
  const saved: Member[] = [];
  for (const [displayName, role] of people) {
    saved.push(await members.save({ id: newId(), councilId, displayName, role, photoConsent: false }));
  }
  return saved;
}

export interface SpringMeeting {
  council: Council;
  members: Member[];
  meeting: Meeting;
}

/**
 * The council at Solhjem with Anna, Bo (residents) and Carla (staff), and its spring meeting on
 * 14 April 2026, 12:00–13:30 UTC in Fælleshuset, in the given status; no agenda yet.
 */
export async function seedSpringMeeting(
  status: Meeting['status'],
  changes: Partial<Meeting> = {},
): Promise<SpringMeeting> {
  const council = await seedCouncil({ facilityName: 'Solhjem', name: 'Brugerrådet på Solhjem' });
  const people = await seedMembers(council.id);
  const meeting = await seedMeeting(council.id, {
    title: 'Forårsmøde',
    startsAt: '2026-04-14T12:00:00.000Z',
    endsAt: '2026-04-14T13:30:00.000Z',
    location: 'Fælleshuset',
    status,
    ...changes,
  });
  return { council, members: people, meeting };
}
