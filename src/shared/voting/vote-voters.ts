import type { Attendance } from '../../domain/attendance';
import { presentMemberIds } from '../../domain/attendance';
import type { Member } from '../../domain/member';
import { shownRoll, votingRoll, type VoterRule } from '../../domain/vote-eligibility';
import type { Voter } from './voter-grid';

export interface MeetingVoters {
  voters: Voter[];
  /** Nobody is marked present yet, so every voter on the roll is shown. */
  allShown: boolean;
  /** How many votes there can be now ("N af M har stemt"): one per household. */
  eligibleCount: number;
}

/**
 * The people who can vote now, by the council's rule: those marked present, or, when nobody
 * is marked present yet, everyone on the roll (staff may not have taken attendance). A relative
 * who represents a resident is shown as "Gitte for Bo", and Bo is not shown as well (unless
 * Bo is marked present and Gitte is not: then Bo votes himself).
 */
export function meetingVoters(
  members: readonly Member[],
  attendance: readonly Attendance[],
  voted: Iterable<string>,
  rule: VoterRule,
  forName: (name: string, resident: string) => string,
): MeetingVoters {
  const byId = new Map(members.map((m) => [m.id, m]));
  const present = presentMemberIds(attendance);
  const shown = shownRoll(votingRoll(members, rule, present), present, voted);
  const voters = shown.entries.flatMap((entry) => {
    const member = byId.get(entry.memberId);
    if (!member) return [];
    const resident = entry.forMemberId ? byId.get(entry.forMemberId) : undefined;
    const name = resident ? forName(member.displayName, resident.displayName) : member.displayName;
    return [{ id: member.id, name, photo: member.photo, voted: entry.voted }];
  });
  return { voters, allShown: shown.allShown, eligibleCount: shown.eligibleCount };
}
