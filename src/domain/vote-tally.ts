import { yesNoChoices, type Ballot, type YesNoChoice } from './vote';

export interface Tally {
  counts: Record<YesNoChoice, number>;
  total: number;
  /** The choices with the most votes; more than one means a tie. Empty when nobody voted. */
  leaders: YesNoChoice[];
  outcome: 'no-votes' | 'tie' | 'yes' | 'no' | 'dont-know';
}

export function tallyYesNo(ballots: readonly Pick<Ballot, 'choice'>[]): Tally {
  const counts: Record<YesNoChoice, number> = { yes: 0, no: 0, 'dont-know': 0 };
  for (const b of ballots) counts[b.choice] += 1;
  const total = ballots.length;
  const max = Math.max(...yesNoChoices.map((c) => counts[c]));
  const leaders = total === 0 ? [] : yesNoChoices.filter((c) => counts[c] === max);
  const outcome: Tally['outcome'] =
    total === 0 ? 'no-votes' : leaders.length > 1 ? 'tie' : (leaders[0] as YesNoChoice);
  return { counts, total, leaders, outcome };
}
