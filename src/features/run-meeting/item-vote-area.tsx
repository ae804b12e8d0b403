import type { AgendaItem } from '../../domain/agenda-item';
import { councilVoterRule } from '../../domain/council';
import type { MeetingRecord } from '../../storage/meeting-record-query';
import type { ItemVotes } from './item-votes';
import { VoteEarlier } from '../../shared/voting/vote-earlier';
import { VotePanel } from '../../shared/voting/vote-panel';

interface ItemVoteAreaProps {
  record: MeetingRecord;
  item: AgendaItem;
  votes: ItemVotes;
  onMakeDecision: (text: string) => void;
}

/** The item's current vote in full (casting, progress or result) and a line for each earlier one. */
export function ItemVoteArea({ record, item, votes, onMakeDecision }: ItemVoteAreaProps) {
  const { current, earlier } = votes;
  return (
    <>
      {current && (
        <VotePanel
          vote={current}
          itemTitle={item.title}
          ballots={record.ballots.filter((b) => b.voteId === current.id)}
          members={record.members}
          attendance={record.attendance}
          voterRule={councilVoterRule(record.council)}
          onMakeDecision={onMakeDecision}
        />
      )}
      <VoteEarlier votes={earlier} ballots={record.ballots} />
    </>
  );
}
