// Deleting a meeting leaves tombstones (so the delete syncs) for the meeting and everything
// that only exists because of it. Children go first: if the tablet dies halfway, the meeting
// is still there to delete again, and no item is left pointing at a missing meeting.
import { agendaItems, attendance, ballots, decisions, meetings, votes } from '../../storage/repositories';

export async function deleteMeeting(meetingId: string): Promise<void> {
  const meetingVotes = await votes.where('meetingId', meetingId);
  for (const vote of meetingVotes) {
    for (const ballot of await ballots.where('voteId', vote.id)) await ballots.remove(ballot.id);
    await votes.remove(vote.id);
  }
  for (const decision of await decisions.where('meetingId', meetingId)) await decisions.remove(decision.id);
  for (const row of await attendance.where('meetingId', meetingId)) await attendance.remove(row.id);
  for (const item of await agendaItems.where('meetingId', meetingId)) await agendaItems.remove(item.id);
  await meetings.remove(meetingId);
}
