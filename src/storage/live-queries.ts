// Live reads shared by several screens. They re-render when IndexedDB changes, in this tab
// or another. `undefined` means "still loading"; a missing record is `null`.
import { useLiveQuery } from 'dexie-react-hooks';
import { sortAgenda } from '../domain/agenda-order';
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
} from './repositories';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'da');

export function useFacilities() {
  return useLiveQuery(async () => (await facilities.all()).sort(byName), []);
}

export function useFacility(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await facilities.get(id)) ?? null) : null), [id]);
}

export function useAllCouncils() {
  return useLiveQuery(async () => (await councils.all()).sort(byName), []);
}

export function useCouncils(facilityId: string | undefined) {
  return useLiveQuery(
    async () => (facilityId ? (await councils.where('facilityId', facilityId)).sort(byName) : []),
    [facilityId],
  );
}

export function useCouncil(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await councils.get(id)) ?? null) : null), [id]);
}

export function useMembers(councilId: string | undefined) {
  return useLiveQuery(
    async () =>
      councilId
        ? (await members.where('councilId', councilId)).sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'))
        : [],
    [councilId],
  );
}

export function useMeetings(councilId: string | undefined) {
  return useLiveQuery(
    async () =>
      councilId ? (await meetings.where('councilId', councilId)).sort((a, b) => a.startsAt.localeCompare(b.startsAt)) : [],
    [councilId],
  );
}

export function useMeeting(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await meetings.get(id)) ?? null) : null), [id]);
}

export function useAgenda(meetingId: string | undefined) {
  return useLiveQuery(
    async () => (meetingId ? sortAgenda(await agendaItems.where('meetingId', meetingId)) : []),
    [meetingId],
  );
}

export function useDecisions(meetingId: string | undefined) {
  return useLiveQuery(async () => (meetingId ? await decisions.where('meetingId', meetingId) : []), [meetingId]);
}

export function useAttendance(meetingId: string | undefined) {
  return useLiveQuery(async () => (meetingId ? await attendance.where('meetingId', meetingId) : []), [meetingId]);
}

export function useVotes(meetingId: string | undefined) {
  return useLiveQuery(async () => (meetingId ? await votes.where('meetingId', meetingId) : []), [meetingId]);
}

export function useBallots(voteId: string | undefined) {
  return useLiveQuery(async () => (voteId ? await ballots.where('voteId', voteId) : []), [voteId]);
}

/** All ballots of a meeting's votes, for results and minutes. */
export function useMeetingBallots(meetingId: string | undefined) {
  return useLiveQuery(async () => {
    if (!meetingId) return [];
    const meetingVotes = await votes.where('meetingId', meetingId);
    const lists = await Promise.all(meetingVotes.map((v) => ballots.where('voteId', v.id)));
    return lists.flat();
  }, [meetingId]);
}
