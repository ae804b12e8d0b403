import { useTranslation } from 'react-i18next';
import { councilVoterRule } from '../../domain/council';
import type { Vote } from '../../domain/vote';
import type { MeetingRecord } from '../../storage/meeting-record-query';
import type { StaffAction } from './use-staff-action';
import { useCloseAndAnnounce } from '../../shared/voting/vote-announce';
import { undoLastBallot } from '../../shared/voting/vote-actions';
import { VoteCloseButton } from '../../shared/voting/vote-close-button';

interface StaffVoteButtonsProps {
  record: MeetingRecord;
  /** The item's vote while it is open; without one, staff may start a vote. */
  openVote: Vote | undefined;
  action: StaffAction;
  onStartVote: () => void;
}

/** The staff bar's vote controls: start a vote, or undo the last hand and close the open one. */
export function StaffVoteButtons({ record, openVote, action, onStartVote }: StaffVoteButtonsProps) {
  const { t } = useTranslation('run-meeting');
  const closeAndAnnounce = useCloseAndAnnounce();
  const { busy, run, setMessage } = action;

  if (!openVote) {
    return (
      <button type="button" className="button meeting-button" onClick={onStartVote}>
        {t('vote.start')}
      </button>
    );
  }
  return (
    <>
      {openVote.mode === 'open' && (
        <button
          type="button"
          className="button meeting-button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const undone = await undoLastBallot(openVote.id);
              setMessage({ text: undone ? t('vote.undone') : t('vote.nothingToUndo'), error: false });
            }, t('vote.actionFailed'))
          }
        >
          {t('vote.undo')}
        </button>
      )}
      <VoteCloseButton
        vote={openVote}
        ballots={record.ballots.filter((b) => b.voteId === openVote.id)}
        members={record.members}
        attendance={record.attendance}
        voterRule={councilVoterRule(record.council)}
        disabled={busy}
        onClose={() =>
          run(async () => {
            await closeAndAnnounce(openVote.id);
          }, t('vote.actionFailed'))
        }
      />
    </>
  );
}
