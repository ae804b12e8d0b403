import {
  minSecretBreakdown,
  optionIds,
  pickedOptions,
  type SecretTally,
  type TieBreak,
  type TieRule,
  type Vote,
} from './vote';

/** The counts of any vote: one entry per option, in the order the options are shown. */
export interface VoteCount {
  optionIds: string[];
  counts: Record<string, number>;
  /** How many ballots (people) were counted; for a hand count, the sum of the counts. */
  ballotCount: number;
  /** The options with the most votes; several means a tie; empty when nobody voted. */
  leaders: string[];
  outcome: 'no-votes' | 'winner' | 'tie';
}

type PickedBallot = { choice?: string | undefined; choices?: readonly string[] | undefined };

export function tallyVote(
  vote: Pick<Vote, 'kind' | 'mode' | 'options' | 'scale' | 'handCounts'>,
  ballots: readonly PickedBallot[],
): VoteCount {
  const ids = optionIds(vote);
  const counts: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  let ballotCount = 0;
  if (vote.mode === 'hand-count') {
    for (const id of ids) counts[id] = vote.handCounts?.[id] ?? 0;
    ballotCount = ids.reduce((sum, id) => sum + (counts[id] ?? 0), 0);
  } else {
    for (const ballot of ballots) {
      const picked = pickedOptions(ballot).filter((id) => id in counts);
      if (picked.length === 0) continue;
      ballotCount += 1;
      for (const id of picked) counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return withLeaders(ids, counts, ballotCount);
}

function withLeaders(ids: string[], counts: Record<string, number>, ballotCount: number): VoteCount {
  const max = Math.max(0, ...ids.map((id) => counts[id] ?? 0));
  const leaders = max === 0 ? [] : ids.filter((id) => counts[id] === max);
  const outcome: VoteCount['outcome'] = leaders.length === 0 ? 'no-votes' : leaders.length > 1 ? 'tie' : 'winner';
  return { optionIds: ids, counts, ballotCount, leaders, outcome };
}

/**
 * The tally a closed secret ballot box stores on its synced record: totals only, and no split
 * at all under `minSecretBreakdown` ballots (only how many voted).
 */
export function secretTallyOf(
  vote: Pick<Vote, 'kind' | 'mode' | 'options' | 'scale' | 'handCounts'>,
  ballots: readonly PickedBallot[],
  assistedCount: number,
): SecretTally {
  const count = tallyVote(vote, ballots);
  return {
    ...(count.ballotCount >= minSecretBreakdown ? { counts: count.counts } : {}),
    ballotCount: count.ballotCount,
    // Never more helped than counted, should a has-voted row outlive its ballot.
    assistedCount: Math.min(assistedCount, count.ballotCount),
  };
}

/** The counts of a stored tally (one with a split), in the vote's option order. */
export function countFromTally(vote: Pick<Vote, 'kind' | 'options' | 'scale'>, tally: SecretTally): VoteCount {
  const ids = optionIds(vote);
  const counts: Record<string, number> = Object.fromEntries(ids.map((id) => [id, tally.counts?.[id] ?? 0]));
  return withLeaders(ids, counts, tally.ballotCount);
}

export type VisibleResult =
  /** A secret vote that is still open: nothing is shown, not even to staff. */
  | { kind: 'hidden' }
  /** A closed secret vote with too few ballots: only how many voted. */
  | { kind: 'too-few'; ballotCount: number }
  | { kind: 'shown'; count: VoteCount };

/**
 * What may be shown of a vote now. Open and hand-counted votes show live; secret ones only when
 * closed, from the tally stored when they closed (the same on every device). A secret vote
 * closed before tallies were stored has none: its result is counted from `ballots`, the
 * ballots on this tablet, when they are here.
 */
export function visibleResult(vote: Vote, ballots: readonly PickedBallot[]): VisibleResult {
  if (vote.mode === 'secret') {
    if (vote.status !== 'closed') return { kind: 'hidden' };
    if (vote.tally) {
      return vote.tally.counts
        ? { kind: 'shown', count: countFromTally(vote, vote.tally) }
        : { kind: 'too-few', ballotCount: vote.tally.ballotCount };
    }
    const count = tallyVote(vote, ballots);
    if (count.ballotCount < minSecretBreakdown) return { kind: 'too-few', ballotCount: count.ballotCount };
    return { kind: 'shown', count };
  }
  return { kind: 'shown', count: tallyVote(vote, ballots) };
}

export type Decided =
  | { kind: 'no-votes' }
  | { kind: 'winner'; optionId: string; tieBreak?: TieBreak }
  /** Tied and not yet broken: what the council's rule says to do next. */
  | { kind: 'tie'; among: string[]; rule: TieRule };

/** The outcome of a counted vote, using a recorded tie break when there is one. */
export function decideVote(vote: Pick<Vote, 'tieRule' | 'tieBreak'>, count: VoteCount): Decided {
  if (count.outcome === 'no-votes') return { kind: 'no-votes' };
  if (count.outcome === 'winner') return { kind: 'winner', optionId: count.leaders[0] as string };
  const breaker = vote.tieBreak;
  if (breaker && count.leaders.includes(breaker.optionId) && sameSet(breaker.among, count.leaders)) {
    return { kind: 'winner', optionId: breaker.optionId, tieBreak: breaker };
  }
  return { kind: 'tie', among: count.leaders, rule: vote.tieRule ?? 'staff-decide' };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** A uniformly random index below n from the platform's cryptographic generator. */
export function cryptoRandomIndex(n: number): number {
  if (n < 1) throw new RangeError('nothing to draw from');
  // Rejection sampling keeps every index equally likely.
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] as number;
    if (value < limit) return value % n;
  }
}

/** Draws lots among tied options; the result is recorded on the vote as its tie break. */
export function drawLot(among: readonly string[], randomIndex: (n: number) => number = cryptoRandomIndex): TieBreak {
  const optionId = among[randomIndex(among.length)];
  if (optionId === undefined || among.length < 2) throw new RangeError('a lot needs at least two tied options');
  return { method: 'lot', optionId, among: [...among] };
}

/** Staff chose among the tied options. */
export function staffTieBreak(among: readonly string[], optionId: string): TieBreak {
  if (!among.includes(optionId)) throw new RangeError('not one of the tied options');
  return { method: 'staff', optionId, among: [...among] };
}
