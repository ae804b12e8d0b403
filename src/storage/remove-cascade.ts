// Deleting a meeting or a council also deletes what only exists because of it. Children go
// first: if the tablet stops half-way, the parent is still there and staff can simply delete it
// again, and no record is left pointing at a missing parent. Every remove is a tombstone, so the
// deletes also reach other devices through sync. Secret ballots and evaluation answers are never
// removed (they have no repository on purpose); without their vote or evaluation nothing shows them.
import {
  agendaItems,
  attendance,
  ballots,
  candidates,
  councils,
  decisions,
  elections,
  evaluations,
  hasVoted,
  meetings,
  members,
  votes,
} from './repositories';

/** The "has voted" rows of a vote or an election (both are ballot boxes). */
async function removeHasVoted(boxId: string): Promise<void> {
  for (const row of await hasVoted.where('voteId', boxId)) await hasVoted.remove(row.id);
}

export async function removeMeetingWithContent(meetingId: string): Promise<void> {
  for (const vote of await votes.where('meetingId', meetingId)) {
    for (const ballot of await ballots.where('voteId', vote.id)) await ballots.remove(ballot.id);
    await removeHasVoted(vote.id);
    await votes.remove(vote.id);
  }
  for (const row of await decisions.where('meetingId', meetingId)) await decisions.remove(row.id);
  for (const row of await attendance.where('meetingId', meetingId)) await attendance.remove(row.id);
  for (const row of await evaluations.where('meetingId', meetingId)) await evaluations.remove(row.id);
  for (const row of await agendaItems.where('meetingId', meetingId)) await agendaItems.remove(row.id);
  await meetings.remove(meetingId);
}

export async function removeCouncilWithContent(councilId: string): Promise<void> {
  for (const meeting of await meetings.where('councilId', councilId)) await removeMeetingWithContent(meeting.id);
  for (const election of await elections.where('councilId', councilId)) {
    for (const row of await candidates.where('electionId', election.id)) await candidates.remove(row.id);
    await removeHasVoted(election.id);
    await elections.remove(election.id);
  }
  for (const member of await members.where('councilId', councilId)) await members.remove(member.id);
  await councils.remove(councilId);
}
