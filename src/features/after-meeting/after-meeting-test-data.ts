// A held meeting with attendance, a closed vote and decisions, written through the repositories.
import { newId } from '../../domain/ids';
import type { Meeting } from '../../domain/meeting';
import type { Member } from '../../domain/member';
import { attendance, ballots, decisions, votes } from '../../storage/repositories';
import { seedItem, seedSpringMeeting } from '../../testing/seed';

export interface HeldMeeting {
  meeting: Meeting;
  members: Member[];
  decisionIds: string[];
}

export async function createHeldMeeting(
  options: { status?: Meeting['status']; withAttendance?: boolean } = {},
): Promise<HeldMeeting> {
  const { status = 'held', withAttendance = true } = options;
  const { members: people, meeting } = await seedSpringMeeting(
    status,
    status === 'held' || status === 'minutes-published'
      ? { startedAt: '2026-04-14T12:02:00.000Z', endedAt: '2026-04-14T13:20:00.000Z' }
      : {},
  );
  const trip = await seedItem(meeting.id, 'Sommerturen', 1, {
    kind: 'vote',
    plannedMinutes: 15,
    picture: { type: 'pictogram', id: 'bus-trip' },
  });
  const sofa = await seedItem(meeting.id, 'Nye møbler', 2, { kind: 'discussion' });
  const vote = await votes.save({
    id: newId(),
    meetingId: meeting.id,
    agendaItemId: trip.id,
    question: 'Skal vi til Tivoli?',
    kind: 'yes-no',
    mode: 'open',
    status: 'closed',
  });
  for (const choice of ['yes', 'yes', 'no'] as const) await ballots.save({ id: newId(), voteId: vote.id, choice });
  if (withAttendance) {
    await attendance.save({ id: newId(), meetingId: meeting.id, memberId: people[0]!.id, present: true });
    await attendance.save({ id: newId(), meetingId: meeting.id, memberId: people[2]!.id, present: true });
  }
  const d1 = await decisions.save({
    id: newId(),
    meetingId: meeting.id,
    agendaItemId: trip.id,
    text: 'Vi tager til Tivoli',
    picture: { type: 'pictogram', id: 'bus-trip' },
    responsibleMemberId: people[2]!.id,
    dueDate: '2026-06-01',
    followUp: 'not-started',
  });
  const d2 = await decisions.save({
    id: newId(),
    meetingId: meeting.id,
    agendaItemId: sofa.id,
    text: 'Vi køber en ny sofa',
    picture: { type: 'pictogram', id: 'room-furniture' },
    responsibleMemberId: people[0]!.id,
    followUp: 'in-progress',
  });
  return { meeting, members: people, decisionIds: [d1.id, d2.id] };
}
