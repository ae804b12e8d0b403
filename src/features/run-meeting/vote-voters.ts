import type { Attendance } from '../../domain/attendance';
import { presentMemberIds } from '../../domain/attendance';
import type { Member } from '../../domain/member';
import type { Voter } from '../../ui/voting/voter-grid';

/** Roles that vote in a council meeting: residents, and relatives who take part for them. */
const votingRoles: readonly Member['role'][] = ['resident', 'relative'];

/**
 * The members who can vote now: those marked present, or, when nobody is marked present yet,
 * every voting member (staff may not have taken attendance).
 */
export function meetingVoters(
  members: readonly Member[],
  attendance: readonly Attendance[],
  voted: ReadonlySet<string>,
): { voters: Voter[]; allShown: boolean } {
  const present = presentMemberIds(attendance);
  const eligible = members.filter((m) => votingRoles.includes(m.role));
  const allShown = present.size === 0;
  const shown = allShown ? eligible : eligible.filter((m) => present.has(m.id) || voted.has(m.id));
  return {
    voters: shown.map((m) => ({ id: m.id, name: m.displayName, photo: m.photo, voted: voted.has(m.id) })),
    allShown,
  };
}
