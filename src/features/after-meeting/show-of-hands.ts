import type { MinutesVote } from '../../domain/minutes';

/** A yes/no show of hands keeps its own wording; other votes use the shared result view. */
export function isShowOfHands(vote: MinutesVote): boolean {
  return vote.kind === 'yes-no' && vote.mode === 'open' && !(vote.decided?.kind === 'winner' && vote.decided.tieBreak);
}
