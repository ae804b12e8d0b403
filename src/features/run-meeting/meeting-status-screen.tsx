import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AgendaItem } from '../../domain/agenda-item';
import { countNumbered } from '../../domain/agenda-numbering';
import type { Attendance } from '../../domain/attendance';
import type { Meeting } from '../../domain/meeting';
import type { Member } from '../../domain/member';
import { formatMeetingStart } from '../../i18n/format';
import { PictogramButton } from '../../ui/pictogram-button';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import { speak } from '../../ui/speech';
import { AttendanceDialog } from './attendance-dialog';
import { changeMeetingStatus } from './meeting-actions';
import { useBusyAction } from '../../ui/use-busy-action';
import { paths } from '../../ui/paths';

interface MeetingStatusScreenProps {
  meeting: Meeting;
  items: readonly AgendaItem[];
  members: readonly Member[];
  attendance: readonly Attendance[];
  councilName: string;
}

/** What meeting mode shows before the meeting runs (not ready, ready to start) and after it. */
export function MeetingStatusScreen({ meeting, items, members, attendance, councilName }: MeetingStatusScreenProps) {
  const { t, i18n } = useTranslation('run-meeting');
  const navigate = useNavigate();
  const [attendanceOpen, setAttendanceOpen] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const { busy, run: runOnce } = useBusyAction();
  const hub = paths.meeting(meeting.id);

  async function move(to: 'in-progress', failure: string, speech?: string) {
    await runOnce(async () => {
      setFailed(null);
      try {
        const outcome = await changeMeetingStatus(meeting, to, items.length);
        if (!outcome.ok) setFailed(failure);
        else if (speech) speak(speech, i18n.language);
      } catch {
        setFailed(failure);
      }
    });
  }

  const context = (
    <p className="meeting-message__context">
      {councilName && <span>{councilName}</span>}
      <span>{meeting.title}</span>
      <span>{formatMeetingStart(meeting.startsAt, i18n.language)}</span>
    </p>
  );

  let content;
  if (meeting.status === 'planned') {
    content = (
      <>
        <PictureView picture={{ type: 'pictogram', id: 'agenda' }} decorative size={200} />
        <h1>{t('planned.heading')}</h1>
        {context}
        <p className="meeting-message__body">{t('planned.body')}</p>
        <Link className="button button--primary meeting-button" to={hub}>
          {t('toHub')}
        </Link>
      </>
    );
  } else if (meeting.status === 'agenda-ready') {
    content = (
      <>
        <PictureView picture={{ type: 'pictogram', id: 'welcome' }} decorative size={220} />
        <div className="meeting-message__title-row">
          <h1>{t('start.heading')}</h1>
          <SpeakButton text={`${t('start.heading')}. ${meeting.title}`} />
        </div>
        {context}
        <p className="meeting-message__body">{t('start.itemCount', { count: countNumbered(items) })}</p>
        {failed && (
          <p className="notice notice--error" role="alert">
            {failed}
          </p>
        )}
        <PictogramButton
          className="meeting-start__button"
          picture={{ type: 'pictogram', id: 'meeting' }}
          label={t('start.button')}
          variant="primary"
          pictureSize={96}
          speakOnTap={false}
          disabled={busy}
          onClick={() => void move('in-progress', t('start.failed'), t('start.speech'))}
        />
      </>
    );
  } else {
    content = (
      <>
        <PictureView picture={{ type: 'pictogram', id: 'finished' }} decorative size={200} />
        <div className="meeting-message__title-row">
          <h1>{t('ended.heading')}</h1>
          <SpeakButton text={`${t('ended.heading')}. ${t('ended.body')}`} />
        </div>
        {context}
        <p className="meeting-message__body">
          {meeting.status === 'minutes-published' ? t('ended.published') : t('ended.body')}
        </p>
        {failed && (
          <p className="notice notice--error" role="alert">
            {failed}
          </p>
        )}
        <div className="button-row meeting-message__actions">
          <button
            type="button"
            className="button button--primary meeting-button"
            onClick={() => void navigate(paths.meetingAfter(meeting.id))}
          >
            {t('ended.toAfter')}
          </button>
          <Link className="button meeting-button" to={paths.meetingEvaluation(meeting.id)}>
            {t('ended.toEvaluation')}
          </Link>
          {meeting.status === 'held' && (
            <button
              type="button"
              className="button meeting-button"
              disabled={busy}
              onClick={() => void move('in-progress', t('start.failed'))}
            >
              {t('ended.resume')}
            </button>
          )}
        </div>
      </>
    );
  }

  return (
    <div className="meeting-mode meeting-mode--message">
      <main className="meeting-message">{content}</main>
      <nav className="meeting-bar" aria-label={t('staffControls')}>
        <Link className="button meeting-button" to={hub}>
          ← {t('toHub')}
        </Link>
        {meeting.status === 'agenda-ready' && (
          <button type="button" className="button meeting-button" onClick={() => setAttendanceOpen(true)}>
            {t('attendance')}
          </button>
        )}
      </nav>
      {attendanceOpen && (
        <AttendanceDialog
          meetingId={meeting.id}
          councilId={meeting.councilId}
          members={members}
          attendance={attendance}
          onClose={() => setAttendanceOpen(false)}
        />
      )}
    </div>
  );
}
