// "Siden sidst": the council's latest meeting before this one, with its decisions in agenda
// order, read live so a follow-up status changed on another screen shows at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { sortAgenda } from '../domain/agenda-order';
import type { Decision } from '../domain/decision';
import type { Meeting } from '../domain/meeting';
import type { Member } from '../domain/member';
import { agendaItems, decisions, meetings, members } from './repositories';

export interface PreviousMeeting {
  meeting: Meeting;
  decisions: Decision[];
  /** The council's members, to name who is responsible. */
  members: Member[];
}

/** `undefined` while loading, `null` when the council has no earlier meeting. */
export function usePreviousMeeting(
  meeting: Pick<Meeting, 'id' | 'councilId' | 'startsAt'>,
): PreviousMeeting | null | undefined {
  const { id, councilId, startsAt } = meeting;
  return useLiveQuery(async () => {
    const start = Date.parse(startsAt);
    const earlier = (await meetings.where('councilId', councilId))
      .filter((m) => m.id !== id && Date.parse(m.startsAt) < start)
      .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
    const previous = earlier[0];
    if (!previous) return null;
    const [items, rows, people] = await Promise.all([
      agendaItems.where('meetingId', previous.id),
      decisions.where('meetingId', previous.id),
      members.where('councilId', councilId),
    ]);
    const order = new Map(sortAgenda(items).map((item, index) => [item.id, index]));
    rows.sort((a, b) => (order.get(a.agendaItemId) ?? 0) - (order.get(b.agendaItemId) ?? 0));
    return { meeting: previous, decisions: rows, members: people };
  }, [id, councilId, startsAt]);
}
