// Deleting a council or facility also deletes what belongs to it, children first: if the
// tablet stops half-way, the parent is still there and staff can simply delete it again.
// Every remove is a tombstone, so the deletes also reach other devices through sync.
import {
  agendaItems,
  attendance,
  ballots,
  councils,
  decisions,
  facilities,
  meetings,
  members,
  votes,
} from '../../storage/repositories';

async function removeMeetingContent(meetingId: string): Promise<void> {
  for (const vote of await votes.where('meetingId', meetingId)) {
    for (const ballot of await ballots.where('voteId', vote.id)) await ballots.remove(ballot.id);
    await votes.remove(vote.id);
  }
  for (const row of await decisions.where('meetingId', meetingId)) await decisions.remove(row.id);
  for (const row of await attendance.where('meetingId', meetingId)) await attendance.remove(row.id);
  for (const row of await agendaItems.where('meetingId', meetingId)) await agendaItems.remove(row.id);
}

export async function removeCouncilWithContent(councilId: string): Promise<void> {
  for (const meeting of await meetings.where('councilId', councilId)) {
    await removeMeetingContent(meeting.id);
    await meetings.remove(meeting.id);
  }
  for (const member of await members.where('councilId', councilId)) await members.remove(member.id);
  await councils.remove(councilId);
}

export async function removeFacilityWithContent(facilityId: string): Promise<void> {
  for (const council of await councils.where('facilityId', facilityId)) {
    await removeCouncilWithContent(council.id);
  }
  await facilities.remove(facilityId);
}
