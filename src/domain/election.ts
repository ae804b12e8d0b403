// Elections to a council: every second year (or when a seat is empty), with seats and
// substitutes, candidates from the council's members, the same secret tablet ballot as a
// vote, and a ranked result that sets the elected members' terms.
import { z } from 'zod';
import { electionScopes, type Council } from './council';
import { idSchema, isoDateSchema, mediaHashSchema } from './ids';
import type { Member } from './member';
import { pictureSchema } from './picture';
import { optionalText, requiredText, shortTitleMax } from './text';
import { secretTallySchema, tallyAddsUp, type Vote } from './vote';
import { votingRoll, voterRules, type RollEntry } from './vote-eligibility';
import { cryptoRandomIndex } from './vote-tally';

export const electionStatuses = ['preparing', 'voting', 'counted', 'applied'] as const;

/** A term is two years: the seeds ask for an election every second year. */
export const termYears = 2;
/** Staff are warned this many months before an election is due. */
export const warningMonths = 3;

export const electionTieBreakSchema = z.object({
  method: z.enum(['staff', 'lot']),
  /** The tied candidates in the order decided, first placed highest. */
  order: z.array(idSchema).min(2),
});
export type ElectionTieBreak = z.infer<typeof electionTieBreakSchema>;

export const electionSchema = z
  .object({
    id: idSchema,
    councilId: idSchema,
    title: requiredText(shortTitleMax),
    /** The day the election is held. */
    heldOn: isoDateSchema,
    seats: z.number({ message: 'validation.invalid' }).int().min(1, 'validation.invalid').max(20, 'validation.invalid'),
    substitutes: z
      .number({ message: 'validation.invalid' })
      .int()
      .min(0, 'validation.invalid')
      .max(20, 'validation.invalid'),
    /** Who may vote and stand; copied from the council's rule when the election is made. */
    voters: z.enum(voterRules).default('residents'),
    /** Who may stand and vote: this council's members, or every resident of the facility. Copied from the council. */
    scope: z.enum(electionScopes).optional(),
    status: z.enum(electionStatuses).default('preparing'),
    /** The meeting and agenda item it is held under, when there is one. */
    meetingId: idSchema.optional(),
    agendaItemId: idSchema.optional(),
    tieBreaks: z.array(electionTieBreakSchema).optional(),
    /** When the result was applied to the members' terms. */
    appliedOn: isoDateSchema.optional(),
    elected: z.array(idSchema).optional(),
    substitutesElected: z.array(idSchema).optional(),
    /**
     * Votes per candidate id, written in the transaction that closes the ballot, so every device
     * shows the result; absent on elections closed before results were stored.
     */
    tally: secretTallySchema.optional(),
  })
  .superRefine((election, ctx) => {
    // One candidate per ballot, and a result only once the ballot is closed.
    const closed = election.status === 'counted' || election.status === 'applied';
    if (election.tally && (!closed || !tallyAddsUp(election.tally, 1))) {
      ctx.addIssue({ code: 'custom', path: ['tally'], message: 'validation.resultMismatch' });
    }
  });
export type Election = z.infer<typeof electionSchema>;
export type ElectionInput = z.input<typeof electionSchema>;

export const candidateSchema = z.object({
  id: idSchema,
  electionId: idSchema,
  memberId: idSchema,
  /** "Why vote for me", in a few easy words, with a pictogram. */
  statement: optionalText(shortTitleMax),
  statementPicture: pictureSchema.optional(),
  /** The candidate's own recorded voice (media hash). */
  voice: mediaHashSchema.optional(),
});
export type Candidate = z.infer<typeof candidateSchema>;

/**
 * The people an election is among: this council's members, plus, when the council opened its
 * election to the facility, the residents who sit in the facility's other councils.
 */
export function electionPeople(
  election: Pick<Election, 'scope' | 'councilId'>,
  councilMembers: readonly Member[],
  facilityResidents: readonly Member[],
): Member[] {
  if (election.scope !== 'facility') return [...councilMembers];
  const others = facilityResidents.filter((m) => m.role === 'resident' && m.councilId !== election.councilId);
  return [...councilMembers, ...others];
}

/** Who may stand: residents, and relatives too when the rule says so (a representative stands only as a relative). */
export function eligibleCandidates(election: Pick<Election, 'voters'>, people: readonly Member[]): Member[] {
  return people.filter(
    (m) => m.role === 'resident' || (election.voters === 'residents-and-relatives' && m.role === 'relative'),
  );
}

/** Who may vote, with representatives voting for the residents they represent. */
export function electionRoll(election: Pick<Election, 'voters'>, people: readonly Member[]): RollEntry[] {
  return votingRoll(people, election.voters);
}

export type Placement = 'elected' | 'substitute' | 'not-elected';

export interface RankedCandidate {
  candidateId: string;
  votes: number;
  /** 1-based; tied candidates share a rank until the tie is broken. */
  rank: number;
  placement: Placement;
  /** Tied with someone across a boundary (elected / substitute / not elected): staff must decide or draw. */
  tiedAtBoundary: boolean;
}

export interface ElectionResult {
  ranking: RankedCandidate[];
  /** Groups of tied candidates whose placement depends on how the tie is broken. */
  unresolvedTies: string[][];
}

/**
 * Ranks candidates by votes and gives the first `seats` a seat and the next `substitutes` a
 * place as substitute. Ties are ordered by a recorded tie break when there is one; a tie
 * that still straddles a boundary is flagged for staff instead of being decided silently.
 */
export function allocateSeats(
  candidateIds: readonly string[],
  counts: Readonly<Record<string, number>>,
  seats: number,
  substitutes: number,
  tieBreaks: readonly ElectionTieBreak[] = [],
): ElectionResult {
  const tieOrder = (id: string) => {
    for (const tb of tieBreaks) {
      const index = tb.order.indexOf(id);
      if (index >= 0) return index;
    }
    return -1;
  };
  const votes = (id: string) => counts[id] ?? 0;
  const groups = new Map<number, string[]>();
  for (const id of candidateIds) groups.set(votes(id), [...(groups.get(votes(id)) ?? []), id]);
  const ordered = [...groups.entries()].sort((a, b) => b[0] - a[0]);

  const ranking: RankedCandidate[] = [];
  const unresolvedTies: string[][] = [];
  const placementAt = (index: number): Placement =>
    index < seats ? 'elected' : index < seats + substitutes ? 'substitute' : 'not-elected';

  for (const [count, members] of ordered) {
    const start = ranking.length;
    const end = start + members.length;
    const straddles = members.length > 1 && placementAt(start) !== placementAt(end - 1);
    const broken = straddles && resolvedBy(members, tieBreaks);
    const sorted = broken ? [...members].sort((a, b) => tieOrder(a) - tieOrder(b)) : [...members].sort();
    if (straddles && !broken) unresolvedTies.push([...members].sort());
    sorted.forEach((candidateId, offset) => {
      const index = start + offset;
      ranking.push({
        candidateId,
        votes: count,
        rank: broken ? index + 1 : start + 1,
        // Provisional for an unresolved tie (the flag says so); the result cannot be applied
        // until staff decide or draw lots.
        placement: placementAt(index),
        tiedAtBoundary: straddles && !broken,
      });
    });
  }
  return { ranking, unresolvedTies };
}

function resolvedBy(members: readonly string[], tieBreaks: readonly ElectionTieBreak[]): boolean {
  return tieBreaks.some((tb) => members.every((id) => tb.order.includes(id)));
}

/** Draws lots for the order of tied candidates (a shuffle with crypto random), to be recorded. */
export function drawElectionLot(
  tied: readonly string[],
  randomIndex: (n: number) => number = cryptoRandomIndex,
): ElectionTieBreak {
  if (tied.length < 2) throw new RangeError('a lot needs at least two tied candidates');
  const pool = [...tied];
  const order: string[] = [];
  while (pool.length > 0) order.push(pool.splice(randomIndex(pool.length), 1)[0] as string);
  return { method: 'lot', order };
}

/** Adds years to a calendar date (YYYY-MM-DD); 29 February becomes 28 February in other years. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export interface TermChange {
  memberId: string;
  termStart: string;
  termEnd: string;
  /** Elected as substitute: their place in line (1 first). Absent for a seat. */
  substituteRank?: number;
}

/**
 * The new terms from an election: the elected get a seat and the substitutes their place in
 * line, both from today for two years.
 */
export function termsForElected(
  elected: readonly string[],
  candidates: readonly Candidate[],
  today: string,
  substitutes: readonly string[] = [],
): TermChange[] {
  const memberOf = new Map(candidates.map((c) => [c.id, c.memberId]));
  const termEnd = addYears(today, termYears);
  const seats = elected.flatMap((candidateId) => {
    const memberId = memberOf.get(candidateId);
    return memberId ? [{ memberId, termStart: today, termEnd }] : [];
  });
  const inLine = substitutes.flatMap((candidateId, index) => {
    const memberId = memberOf.get(candidateId);
    return memberId ? [{ memberId, termStart: today, termEnd, substituteRank: index + 1 }] : [];
  });
  return [...seats, ...inLine];
}

export type ElectionDue =
  | { kind: 'never-held' }
  | { kind: 'not-due'; due: string }
  /** Within three months of the due date. */
  | { kind: 'soon'; due: string }
  | { kind: 'overdue'; due: string };

/** When the council's next election is due (last election + 2 years) and whether to warn. */
export function nextElectionDue(council: Pick<Council, 'lastElection'>, today: string): ElectionDue {
  if (!council.lastElection) return { kind: 'never-held' };
  const due = addYears(council.lastElection, termYears);
  if (today >= due) return { kind: 'overdue', due };
  if (today >= addMonths(due, -warningMonths)) return { kind: 'soon', due };
  return { kind: 'not-due', due };
}

/** Members with a seat whose term has ended: their seat is empty until an election. */
export function expiredTerms(members: readonly Member[], today: string): Member[] {
  return members.filter((m) => m.termEnd !== undefined && m.termEnd < today);
}

/** An election's ballot seen as a secret choose-one vote among its candidates (one vote each). */
export function electionBallotVote(
  election: Pick<Election, 'id' | 'title' | 'status'>,
  candidateIds: readonly string[],
): Vote {
  return {
    id: election.id,
    meetingId: election.id,
    agendaItemId: election.id,
    question: election.title,
    kind: 'choose-one',
    mode: 'secret',
    status: election.status === 'voting' ? 'open' : 'closed',
    options: candidateIds.map((id) => ({ id, label: id, picture: { type: 'pictogram', id: 'candidate' } })),
  };
}
