// The buttons that move a meeting on (or back), one per transition the lifecycle allows.
// The domain decides; this turns refusals into words staff understand.
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Meeting, MeetingStatus } from '../../domain/meeting';
import { transitionMeeting, type TransitionRefusal } from '../../domain/meeting-lifecycle';
import { meetings } from '../../storage/repositories';
import { useBusyAction } from '../../ui/use-busy-action';
import { paths } from '../../ui/paths';

interface StatusAction {
  to: MeetingStatus;
  labelKey: ParseKeys<'meetings'>;
  primary?: boolean;
  /** Where to go once the new status is stored. */
  then?: 'during';
}

const actionsFrom: Record<MeetingStatus, StatusAction[]> = {
  planned: [{ to: 'agenda-ready', labelKey: 'transition.toAgendaReady', primary: true }],
  'agenda-ready': [
    { to: 'in-progress', labelKey: 'transition.start', primary: true, then: 'during' },
    { to: 'planned', labelKey: 'transition.reopenAgenda' },
  ],
  'in-progress': [{ to: 'held', labelKey: 'transition.end' }],
  held: [{ to: 'in-progress', labelKey: 'transition.resume', then: 'during' }],
  'minutes-published': [],
};

interface Props {
  meeting: Meeting;
  agendaItemCount: number;
}

export function MeetingStatusActions({ meeting, agendaItemCount }: Props) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const [refusal, setRefusal] = useState<{ reason: TransitionRefusal; to: MeetingStatus } | null>(null);
  const [failed, setFailed] = useState(false);
  const { busy, run: runOnce } = useBusyAction();

  const run = (action: StatusAction) =>
    runOnce(async () => {
      setRefusal(null);
      setFailed(false);
      const outcome = transitionMeeting(meeting, action.to, { agendaItemCount, now: new Date() });
      if (!outcome.ok) {
        setRefusal({ reason: outcome.reason, to: action.to });
        return;
      }
      try {
        // Only the fields the transition changes, so an edit made elsewhere since this rendered survives.
        await meetings.update(meeting.id, outcome.changes);
        if (action.then === 'during') navigate(paths.meetingDuring(meeting.id));
      } catch {
        setFailed(true);
      }
    });

  const actions = actionsFrom[meeting.status];
  return (
    <div className="meeting-status-actions">
      <div className="button-row">
        {meeting.status === 'in-progress' && (
          <Link className="button button--primary" to={paths.meetingDuring(meeting.id)}>
            {t('transition.continue')}
          </Link>
        )}
        {actions.map((action) => (
          <button
            key={action.to}
            type="button"
            className={`button${action.primary ? ' button--primary' : ''}`}
            disabled={busy}
            onClick={() => void run(action)}
          >
            {t(action.labelKey)}
          </button>
        ))}
        {meeting.status === 'held' && (
          <Link className="button button--primary" to={paths.meetingAfter(meeting.id)}>
            {t('transition.writeMinutes')}
          </Link>
        )}
      </div>
      <div aria-live="polite">
        {refusal && (
          <p className="notice notice--error meeting-status-actions__message">
            {t(`refusal.${refusal.reason}`, { status: t(`status.${refusal.to}`) })}
          </p>
        )}
        {failed && <p className="notice notice--error meeting-status-actions__message">{t('transition.failed')}</p>}
      </div>
    </div>
  );
}
