// Live reads shared by several screens. They re-render when IndexedDB changes, in this tab
// or another. `undefined` means "still loading"; a missing record is `null`.
import { useLiveQuery } from 'dexie-react-hooks';
import { sortAgenda } from '../domain/agenda-order';
import { agendaItems, councils, facilities, meetings, members } from './repositories';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'da');

export function useFacilities() {
  return useLiveQuery(async () => (await facilities.all()).sort(byName), []);
}

export function useFacility(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await facilities.get(id)) ?? null) : null), [id]);
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
      councilId
        ? (await meetings.where('councilId', councilId)).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        : [],
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
