// "Under mødet": the shared tablet in full-screen meeting mode. Everything shown follows
// what is stored (meeting.currentItemId, attendance, votes, decisions), so a reload or a
// crash resumes at the same item with nothing lost.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeetingRecord } from '../../storage/meeting-record-query';
import { useBallotBackGuard } from '../../shared/voting/use-ballot-back-guard';
import { MeetingStatusScreen } from './meeting-status-screen';
import { RunningMeeting } from './running-meeting';
import { useLargeText } from './use-large-text';
import { useMeetingScreenHere } from './use-meeting-screen-here';
import { useScreenWakeLock } from '../../ui/use-screen-wake-lock';
import { paths, routes, useRouteParams } from '../../ui/paths';
import './meeting-mode.css';

export function MeetingModeScreen() {
  const { meetingId } = useRouteParams(routes.meetingDuring);
  const { t } = useTranslation('run-meeting');
  const record = useMeetingRecord(meetingId);
  // A secret ballot on the item shown now: Back stays in the ballot, never the staff page.
  const secretBallotOpen =
    !!record &&
    record.meeting.status === 'in-progress' &&
    record.votes.some(
      (v) => v.mode === 'secret' && v.status === 'open' && v.agendaItemId === record.meeting.currentItemId,
    );
  useBallotBackGuard(secretBallotOpen);
  useLargeText();
  const place = useMeetingScreenHere(meetingId ?? '');
  // The screen stays on for as long as this tab shows the meeting.
  useScreenWakeLock(place === 'here' && !!record);

  useEffect(() => {
    document.title = `${t('title')} – ${t('appName', { ns: 'common' })}`;
  }, [t]);

  if (record === null) {
    return (
      <div className="meeting-mode meeting-mode--message">
        <main className="meeting-message">
          <h1>{t('notFound')}</h1>
          <Link className="button button--primary meeting-button" to={paths.home()}>
            {t('toHome')}
          </Link>
        </main>
      </div>
    );
  }

  if (place === 'elsewhere') {
    return (
      <div className="meeting-mode meeting-mode--message">
        <main className="meeting-message">
          <h1>{t('elsewhere.title')}</h1>
          <p>{t('elsewhere.body')}</p>
          <Link className="button button--primary meeting-button" to={paths.meeting(meetingId ?? '')}>
            {t('toHub')}
          </Link>
        </main>
      </div>
    );
  }

  if (record === undefined || place === 'checking') {
    return (
      <div className="meeting-mode meeting-mode--message">
        <main className="meeting-message" aria-busy="true">
          <h1 className="meeting-message__loading">{t('loading', { ns: 'common' })}</h1>
        </main>
      </div>
    );
  }

  if (record.meeting.status === 'in-progress') return <RunningMeeting record={record} />;
  return (
    <MeetingStatusScreen
      meeting={record.meeting}
      items={record.items}
      members={record.members}
      attendance={record.attendance}
      councilName={record.council?.name ?? ''}
    />
  );
}
