// "Luk afstemningen" in the staff bar. When people who can vote have not voted yet, it asks
// first, in place, and says how many are missing; when all have voted (or the votes were
// counted by hand) it closes at once.
import { useTranslation } from 'react-i18next';
import type { Attendance } from '../../domain/attendance';
import type { Member } from '../../domain/member';
import type { Ballot, Vote } from '../../domain/vote';
import type { VoterRule } from '../../domain/vote-eligibility';
import { InlineConfirm } from '../../ui/inline-confirm';
import { useVoteProgress } from './vote-progress';

interface VoteCloseButtonProps {
  vote: Vote;
  ballots: readonly Ballot[];
  members: readonly Member[];
  attendance: readonly Attendance[];
  voterRule: VoterRule;
  disabled: boolean;
  onClose: () => Promise<void>;
}

export function VoteCloseButton({
  vote,
  ballots,
  members,
  attendance,
  voterRule,
  disabled,
  onClose,
}: VoteCloseButtonProps) {
  const { t } = useTranslation('voting');
  const progress = useVoteProgress(vote, ballots, members, attendance, voterRule);
  const missing = progress.counted ? Math.max(0, progress.eligibleCount - progress.votedCount) : 0;
  if (missing === 0) {
    return (
      <button type="button" className="button meeting-button" disabled={disabled} onClick={() => void onClose()}>
        {t('panel.close')}
      </button>
    );
  }
  return (
    <InlineConfirm
      triggerLabel={t('panel.close')}
      triggerClassName="button meeting-button"
      question={t('panel.closeMissing', { count: missing, total: progress.eligibleCount })}
      confirmLabel={t('panel.closeAnyway')}
      onConfirm={onClose}
    />
  );
}
