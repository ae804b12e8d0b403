import { useTranslation } from 'react-i18next';
import { paths } from '../../ui/paths';
import { useNavigate } from 'react-router';
import type { Meeting } from '../../domain/meeting';
import { StaffDialog } from '../../ui/staff-dialog';
import { finishMeeting } from './meeting-actions';
import type { StaffAction } from './use-staff-action';

interface FinishMeetingDialogProps {
  meeting: Meeting;
  itemCount: number;
  /** A vote still open is closed by finishing: staff are told first. */
  anyOpenVote: boolean;
  action: StaffAction;
  onClose: () => void;
}

/** Asks before the meeting ends, then goes on to the after-meeting screen. */
export function FinishMeetingDialog({ meeting, itemCount, anyOpenVote, action, onClose }: FinishMeetingDialogProps) {
  const { t } = useTranslation('run-meeting');
  const navigate = useNavigate();
  const { busy, message, run } = action;
  return (
    <StaffDialog title={t('finishDialog.title')} onClose={onClose}>
      <p>{t('finishDialog.body')}</p>
      {anyOpenVote && <p className="notice notice--warning">{t('finishDialog.openVote')}</p>}
      {message?.error && (
        <p className="notice notice--error" role="alert">
          {message.text}
        </p>
      )}
      <div className="button-row meeting-dialog__footer">
        <button
          type="button"
          className="button button--primary meeting-button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const outcome = await finishMeeting(meeting, itemCount);
              if (!outcome.ok) throw new Error(outcome.reason);
              await navigate(paths.meetingAfter(meeting.id));
            }, t('finishDialog.failed'))
          }
        >
          {t('finishDialog.confirm')}
        </button>
        <button type="button" className="button meeting-button" onClick={onClose}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>
    </StaffDialog>
  );
}
