// Who can vote in the vote on screen, and how many have: the one place the meeting screen,
// the open and secret panels and "Luk afstemningen" get "N af M har stemt" from.
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../domain/attendance';
import type { Member } from '../../domain/member';
import type { Ballot, Vote } from '../../domain/vote';
import type { VoterRule } from '../../domain/vote-eligibility';
import { useBallotBox } from '../../storage/voting-queries';
import { meetingVoters, type MeetingVoters } from './vote-voters';

export interface VoteProgress extends MeetingVoters {
  /** Votes cast so far: ballots in an open vote, voters in a secret one. */
  votedCount: number;
  /** Counted by hand: nobody is tapped, so there is nothing to count against. */
  counted: boolean;
  assistedCount: number;
}

export function useVoteProgress(
  vote: Vote,
  ballots: readonly Ballot[],
  members: readonly Member[],
  attendance: readonly Attendance[],
  rule: VoterRule,
): VoteProgress {
  const { t } = useTranslation('voting');
  const box = useBallotBox(vote.mode === 'secret' ? vote.id : undefined);
  const voted =
    vote.mode === 'secret'
      ? [...(box?.votedMemberIds ?? [])]
      : ballots.flatMap((b) => (b.memberId ? [b.memberId] : []));
  const shown = meetingVoters(members, attendance, voted, rule, (name, resident) =>
    t('panel.votesFor', { name, resident }),
  );
  const votedCount = vote.mode === 'secret' ? voted.length : ballots.length;
  return { ...shown, votedCount, counted: vote.mode !== 'hand-count', assistedCount: box?.assistedCount ?? 0 };
}
