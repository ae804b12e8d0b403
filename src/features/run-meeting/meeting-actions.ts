// Writes that move a running meeting. Each resolves only once IndexedDB holds the change,
// so the screen follows the stored state and a reload resumes exactly there.
import { transitionMeeting, type TransitionOutcome } from '../../domain/meeting-lifecycle';
import type { Meeting, MeetingStatus } from '../../domain/meeting';
import { closeVote } from '../../storage/close-ballot-box';
import { meetings, votes } from '../../storage/repositories';

export async function goToItem(meetingId: string, itemId: string): Promise<void> {
  await meetings.update(meetingId, { currentItemId: itemId });
}

export async function changeMeetingStatus(
  meeting: Meeting,
  to: MeetingStatus,
  agendaItemCount: number,
): Promise<TransitionOutcome> {
  const outcome = transitionMeeting(meeting, to, { agendaItemCount, now: new Date() });
  // Only the fields the transition changes: a whole stale meeting would undo newer edits.
  if (outcome.ok) await meetings.update(meeting.id, outcome.changes);
  return outcome;
}

/** Ending the meeting closes any vote left open (a secret one with its tally): the minutes count only closed votes. */
export async function finishMeeting(meeting: Meeting, agendaItemCount: number): Promise<TransitionOutcome> {
  const open = (await votes.where('meetingId', meeting.id)).filter((v) => v.status === 'open');
  for (const vote of open) await closeVote(vote.id);
  return changeMeetingStatus(meeting, 'held', agendaItemCount);
}
