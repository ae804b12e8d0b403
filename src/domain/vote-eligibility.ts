// Who may vote, and how many votes a show of hands may hold. One rule for every vote and
// election of a council:
// - residents vote; relatives vote too only when the council's rule says so;
// - a relative who represents a resident votes INSTEAD of that resident (one household, one
//   vote), whatever the rule: they stand in for a resident, so the resident is not offered.
//   Only when attendance says the resident is here and none of their representatives is, the
//   resident votes for the household themselves;
// - staff and guests never vote.
// A household is a resident and whoever represents them: a ballot by any of them uses up the
// household's vote. Storage checks these rules inside its write transaction; screens use the
// same functions to show who can vote and "N af M har stemt".
import type { Member } from './member';

export const voterRules = ['residents', 'residents-and-relatives'] as const;
export type VoterRule = (typeof voterRules)[number];

/** One person who can be tapped to vote. */
export interface RollEntry {
  memberId: string;
  /** The resident this relative votes for. */
  forMemberId?: string;
  /** The household whose one vote this is (the resident's id, or the relative's own). */
  householdId: string;
}

type RollMember = Pick<Member, 'id' | 'role' | 'representsMemberId'>;

/**
 * Everyone who may vote under the rule, one entry per person who can be tapped. `present` is
 * who attendance marks as here (empty: not taken), which decides who speaks for a household.
 */
export function votingRoll(
  members: readonly RollMember[],
  rule: VoterRule = 'residents',
  present: ReadonlySet<string> = new Set(),
): RollEntry[] {
  const residents = new Set(members.filter((m) => m.role === 'resident').map((m) => m.id));
  const representatives = members.filter(
    (m) => m.role === 'relative' && m.representsMemberId && residents.has(m.representsMemberId),
  );
  const represented = new Set(representatives.map((m) => m.representsMemberId));
  const representedHere = new Set(representatives.filter((m) => present.has(m.id)).map((m) => m.representsMemberId));
  const roll: RollEntry[] = [];
  for (const member of members) {
    if (member.role === 'resident') {
      // Represented: the relative votes for them, so they are not offered as well, unless
      // the resident came and no representative did.
      const speaksForThemselves =
        !represented.has(member.id) || (present.has(member.id) && !representedHere.has(member.id));
      if (speaksForThemselves) roll.push({ memberId: member.id, householdId: member.id });
    } else if (member.role === 'relative') {
      const resident = member.representsMemberId;
      if (resident && residents.has(resident))
        roll.push({ memberId: member.id, forMemberId: resident, householdId: resident });
      else if (rule === 'residents-and-relatives') roll.push({ memberId: member.id, householdId: member.id });
    }
  }
  return roll;
}

/** The households that have voted, from the member ids on ballots or "has voted" rows. */
export function votedHouseholds(roll: readonly RollEntry[], votedMemberIds: Iterable<string>): Set<string> {
  const householdOf = householdIndex(roll);
  const voted = new Set<string>();
  for (const id of votedMemberIds) voted.add(householdOf.get(id) ?? id);
  return voted;
}

function householdIndex(roll: readonly RollEntry[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const entry of roll) {
    index.set(entry.memberId, entry.householdId);
    // The represented resident's own id (on an old ballot, say) counts for the household too.
    if (entry.forMemberId) index.set(entry.forMemberId, entry.householdId);
  }
  return index;
}

export interface ShownRoll {
  /** Who is offered now, with whether their household has voted. */
  entries: (RollEntry & { voted: boolean })[];
  /** How many votes there can be now: households present (or all, before attendance) or voted. */
  eligibleCount: number;
  /** Nobody is marked present yet, so everyone on the roll is shown. */
  allShown: boolean;
}

/**
 * The roll as the meeting sees it: those marked present, or everyone while attendance has not
 * been taken. A household that voted stays shown (marked) even if later marked absent.
 */
export function shownRoll(
  roll: readonly RollEntry[],
  present: ReadonlySet<string>,
  votedMemberIds: Iterable<string>,
): ShownRoll {
  const voted = votedHouseholds(roll, votedMemberIds);
  const allShown = present.size === 0;
  const entries = roll
    .filter((e) => allShown || present.has(e.memberId) || voted.has(e.householdId))
    .map((e) => ({ ...e, voted: voted.has(e.householdId) }));
  return { entries, eligibleCount: new Set(entries.map((e) => e.householdId)).size, allShown };
}

export type EligibilityRefusal = 'not-eligible' | 'already-voted' | 'unnamed-off' | 'all-counted';
export type EligibilityOutcome = { ok: true } | { ok: false; reason: EligibilityRefusal };

export interface OpenCastCheck {
  roll: readonly RollEntry[];
  present: ReadonlySet<string>;
  /** The member ids on this vote's named ballots. */
  namedBallotMemberIds: readonly string[];
  /** How many ballots without a name the vote holds. */
  unnamedCount: number;
  /** Staff chose "count hands without names" for this vote. */
  unnamedAllowed: boolean;
  /** Who the new ballot is for; undefined for a raised hand counted without a name. */
  memberId: string | undefined;
}

/**
 * May this ballot be added to an open (show of hands) vote? A named ballot needs a member on
 * the roll whose household has not voted. An unnamed one needs staff to have chosen counting
 * without names. Either needs room left: never more votes than the people who can vote now.
 */
export function checkOpenCast(check: OpenCastCheck): EligibilityOutcome {
  const shown = shownRoll(check.roll, check.present, check.namedBallotMemberIds);
  const total = check.namedBallotMemberIds.length + check.unnamedCount;
  if (check.memberId === undefined) {
    if (!check.unnamedAllowed) return { ok: false, reason: 'unnamed-off' };
    return total < shown.eligibleCount ? { ok: true } : { ok: false, reason: 'all-counted' };
  }
  const member = checkMemberCast(check.roll, check.namedBallotMemberIds, check.memberId);
  if (!member.ok) return member;
  // Hands counted without names may already fill the vote: a name then must not add one more.
  const after = shownRoll(check.roll, check.present, [...check.namedBallotMemberIds, check.memberId]);
  return total < after.eligibleCount ? { ok: true } : { ok: false, reason: 'all-counted' };
}

/** May this member vote (secret ballots and elections too)? On the roll, household not voted. */
export function checkMemberCast(
  roll: readonly RollEntry[],
  votedMemberIds: Iterable<string>,
  memberId: string,
): EligibilityOutcome {
  const entry = roll.find((e) => e.memberId === memberId);
  if (!entry) return { ok: false, reason: 'not-eligible' };
  if (votedHouseholds(roll, votedMemberIds).has(entry.householdId)) return { ok: false, reason: 'already-voted' };
  return { ok: true };
}
