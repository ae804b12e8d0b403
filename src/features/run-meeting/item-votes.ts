import type { Vote } from '../../domain/vote';
import { currentVoteOf, votesOnItem } from '../../shared/voting/vote-actions';

export interface ItemVotes {
  /** The item's newest vote, shown in full. */
  current: Vote | undefined;
  /** Earlier closed votes on the item (a round before, another question), a line each. */
  earlier: Vote[];
  /** The current vote while it is open: the staff bar offers undo and close for it. */
  openOnItem: Vote | undefined;
  /** Whether any vote of the meeting is still open (finishing warns about it). */
  anyOpen: boolean;
}

/** The votes meeting mode shows on an item: any item can hold several, a new round or a new question. */
export function itemVotes(votes: readonly Vote[], itemId: string): ItemVotes {
  const current = currentVoteOf(votes, itemId);
  return {
    current,
    earlier: votesOnItem(votes, itemId).filter((v) => v.id !== current?.id && v.status === 'closed'),
    openOnItem: current?.status === 'open' ? current : undefined,
    anyOpen: votes.some((v) => v.status === 'open'),
  };
}
