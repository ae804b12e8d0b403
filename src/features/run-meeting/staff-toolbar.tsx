import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/agenda-item';
import type { AgendaPosition } from './agenda-position';
import type { StaffAction } from './use-staff-action';

interface StaffToolbarProps {
  position: AgendaPosition;
  presentCount: number;
  memberCount: number;
  action: StaffAction;
  /** The vote controls for the current item (staff-vote-buttons). */
  voteButtons: ReactNode;
  onAttendance: () => void;
  onWriteDecision: () => void;
  onMove: (target: AgendaItem) => void;
  onFinish: () => void;
}

/**
 * The staff's bar at the bottom of meeting mode: attendance, the vote controls and writing a
 * decision on one side, moving through the agenda (and finishing on the last item) on the
 * other, with the message of the last action above them.
 */
export function StaffToolbar({
  position,
  presentCount,
  memberCount,
  action,
  voteButtons,
  onAttendance,
  onWriteDecision,
  onMove,
  onFinish,
}: StaffToolbarProps) {
  const { t } = useTranslation('run-meeting');
  const { busy, message } = action;
  const { previous, next } = position;
  return (
    <nav className="meeting-bar" aria-label={t('staffControls')}>
      {message && (
        <p
          className={`meeting-bar__message${message.error ? ' meeting-bar__message--error' : ''}`}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      <div className="meeting-bar__group">
        <button type="button" className="button meeting-button" onClick={onAttendance}>
          {t('attendance')}
          <span className="meeting-bar__badge">
            {t('attendanceShort', { present: presentCount, total: memberCount })}
            <span className="visually-hidden"> {t('attendanceShortSuffix')}</span>
          </span>
        </button>
        {voteButtons}
        <button type="button" className="button meeting-button" onClick={onWriteDecision}>
          {t('decision.write')}
        </button>
      </div>
      <div className="meeting-bar__group meeting-bar__group--end">
        <button
          type="button"
          className="button meeting-button"
          disabled={!previous || busy}
          onClick={() => previous && onMove(previous)}
        >
          <span aria-hidden="true">←</span> {t('previous')}
        </button>
        {next ? (
          <button
            type="button"
            className="button button--primary meeting-button"
            disabled={busy}
            onClick={() => onMove(next)}
          >
            {t('next')} <span aria-hidden="true">→</span>
          </button>
        ) : (
          <button type="button" className="button button--primary meeting-button" onClick={onFinish}>
            {t('finish')}
          </button>
        )}
      </div>
    </nav>
  );
}
