// Everything a running or finished meeting shows, read in one live query so a screen never
// renders a mix of records (e.g. the meeting loaded but its council's members not yet).
import { useLiveQuery } from 'dexie-react-hooks';
import type { AgendaItem } from '../domain/agenda-item';
import { sortAgenda } from '../domain/agenda-order';
import type { Attendance } from '../domain/attendance';
import type { Council } from '../domain/council';
import type { Decision } from '../domain/decision';
import type { Meeting } from '../domain/meeting';
import type { Member } from '../domain/member';
import type { SecretBallot } from '../domain/secret-ballot';
import type { Ballot, Vote } from '../domain/vote';
import { secretBallotsOf } from './ballot-box';
import { agendaItems, attendance, ballots, councils, decisions, meetings, members, votes } from './repositories';

export interface MeetingRecord {
  meeting: Meeting;
  /** Null when the council was removed; the meeting still shows. */
  council: Council | null;
  /** The council's members, sorted by name. */
  members: Member[];
  /** The agenda in order. */
  items: AgendaItem[];
  attendance: Attendance[];
  decisions: Decision[];
  votes: Vote[];
  ballots: Ballot[];
  /**
   * Ballots of CLOSED secret votes without a stored tally only (closed before tallies were
   * stored): an open secret vote's ballots are never read, and a tally is used where there is one.
   */
  secretBallots: SecretBallot[];
}

/** `undefined` while loading, `null` when the meeting does not exist. */
export function useMeetingRecord(meetingId: string | undefined): MeetingRecord | null | undefined {
  return useLiveQuery(async () => {
    if (!meetingId) return null;
    const meeting = await meetings.get(meetingId);
    if (!meeting) return null;
    const [council, memberRows, itemRows, attendanceRows, decisionRows, voteRows] = await Promise.all([
      councils.get(meeting.councilId),
      members.where('councilId', meeting.councilId),
      agendaItems.where('meetingId', meetingId),
      attendance.where('meetingId', meetingId),
      decisions.where('meetingId', meetingId),
      votes.where('meetingId', meetingId),
    ]);
    const ballotRows = (await Promise.all(voteRows.map((v) => ballots.where('voteId', v.id)))).flat();
    const closedSecret = voteRows.filter((v) => v.mode === 'secret' && v.status === 'closed' && !v.tally);
    const secretRows = (await Promise.all(closedSecret.map((v) => secretBallotsOf(v.id)))).flat();
    return {
      meeting,
      council: council ?? null,
      members: memberRows.sort((a, b) => a.displayName.localeCompare(b.displayName, 'da')),
      items: sortAgenda(itemRows),
      attendance: attendanceRows,
      decisions: decisionRows,
      votes: voteRows,
      ballots: ballotRows,
      secretBallots: secretRows,
    };
  }, [meetingId]);
}
