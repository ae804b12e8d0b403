// "Efter mødet": what was decided and who follows up, then the easy-read minutes, which
// staff can print and publish. Residents, staff and relatives all read this screen.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { transitionMeeting } from '../../domain/meeting-lifecycle';
import { generateMinutes } from '../../domain/minutes';
import { meetings } from '../../storage/repositories';
import { useMeetingRecord } from '../../storage/meeting-record-query';
import { StaffPage } from '../../ui/staff-page';
import { useBusyAction } from '../../ui/use-busy-action';
import { DecisionFollowUp } from './decision-follow-up';
import { formatInstantDate } from '../../i18n/format';
import { MinutesView } from './minutes-view';
import { paths, routes, useRouteParams } from '../../ui/paths';
import './after-meeting.css';

export function AfterMeetingScreen() {
  const { meetingId } = useRouteParams(routes.meetingAfter);
  const { t, i18n } = useTranslation('after-meeting');
  const record = useMeetingRecord(meetingId);
  const [confirming, setConfirming] = useState(false);
  const { busy: publishing, run } = useBusyAction();
  const [publishFailed, setPublishFailed] = useState(false);

  if (record === null) {
    return (
      <StaffPage title={t('title')} backTo={paths.home()} backLabel={t('toHome')}>
        <p className="notice notice--error">{t('notFound')}</p>
      </StaffPage>
    );
  }
  if (record === undefined) {
    return (
      <StaffPage title={t('title')}>
        <p role="status">{t('loading', { ns: 'common' })}</p>
      </StaffPage>
    );
  }

  const { meeting, council, members, items, attendance, decisions, votes, ballots, secretBallots } = record;
  const hub = paths.meeting(meeting.id);
  const minutes = council
    ? generateMinutes({ meeting, council, items, members, attendance, decisions, votes, ballots, secretBallots })
    : undefined;
  const memberById = new Map(members.map((m) => [m.id, m]));
  // Decisions in agenda order, the way they were taken.
  const itemOrder = new Map(items.map((item, index) => [item.id, index]));
  const sortedDecisions = [...decisions].sort(
    (a, b) => (itemOrder.get(a.agendaItemId) ?? 0) - (itemOrder.get(b.agendaItemId) ?? 0),
  );
  const ended = meeting.status === 'held' || meeting.status === 'minutes-published';

  const publish = () =>
    run(async () => {
      setPublishFailed(false);
      try {
        const outcome = transitionMeeting(meeting, 'minutes-published', {
          agendaItemCount: items.length,
          now: new Date(),
        });
        if (!outcome.ok) throw new Error(outcome.reason);
        // Only status and publishedAt: the whole meeting as rendered could undo a newer edit.
        await meetings.update(meeting.id, outcome.changes);
        setConfirming(false);
      } catch {
        setPublishFailed(true);
      }
    });

  return (
    <StaffPage title={`${t('title')}: ${meeting.title}`} backTo={hub} backLabel={t('backToHub')}>
      <div className="after-meeting">
        {!ended && (
          <div className="notice notice--warning after-meeting__not-held">
            <p>{t('notHeld')}</p>
            {meeting.status === 'in-progress' && (
              <Link className="button" to={paths.meetingDuring(meeting.id)}>
                {t('toMeetingMode')}
              </Link>
            )}
          </div>
        )}

        <div className="after-meeting__actions" role="group" aria-label={t('minutes.heading')}>
          <button type="button" className="button" onClick={() => window.print()}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="after-meeting__icon">
              <path d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z" />
            </svg>
            {t('print')}
          </button>
          {ended && (
            <Link className="button" to={paths.meetingEvaluation(meeting.id)}>
              {t('toEvaluation')}
            </Link>
          )}
          {meeting.status === 'minutes-published' && meeting.publishedAt && (
            <p className="after-meeting__published">
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="after-meeting__icon">
                <circle cx="12" cy="12" r="10" />
                <path d="M7 12.5l3.5 3.5L17 9" />
              </svg>
              {t('published', { date: formatInstantDate(meeting.publishedAt, i18n.language) })}
            </p>
          )}
          {meeting.status === 'held' && !confirming && (
            <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
              {t('publish')}
            </button>
          )}
          {meeting.status === 'held' && confirming && (
            <div className="after-meeting__confirm">
              <p>{t('publishQuestion')}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={publishing}
                  onClick={() => void publish()}
                >
                  {t('publishConfirm')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {t('actions.cancel', { ns: 'common' })}
                </button>
              </div>
            </div>
          )}
          {publishFailed && (
            <p className="form-error" role="alert">
              {t('publishFailed')}
            </p>
          )}
        </div>

        <section className="after-meeting__decisions" aria-labelledby="after-decisions-heading">
          <h2 id="after-decisions-heading">{t('decisions.heading')}</h2>
          {sortedDecisions.length === 0 ? (
            <p>{t('decisions.none')}</p>
          ) : (
            sortedDecisions.map((d) => (
              <DecisionFollowUp
                key={d.id}
                decision={d}
                responsible={d.responsibleMemberId ? memberById.get(d.responsibleMemberId) : undefined}
              />
            ))
          )}
        </section>

        {minutes && <MinutesView minutes={minutes} attendanceRecorded={attendance.length > 0} />}

        <p className="after-meeting__back">
          <Link className="button" to={hub}>
            ← {t('backToHub')}
          </Link>
        </p>
      </div>
    </StaffPage>
  );
}
