// The staff hub for one meeting: what, when, where, how far it has come, and the way into
// each phase (before, during, after).
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { countNumbered } from '../../domain/agenda-numbering';
import { totalPlannedMinutes } from '../../domain/agenda-order';
import { meetingLengthMinutes } from '../../domain/meeting-length';
import type { Picture } from '../../domain/picture';
import { formatMeetingDayAtLineStart, formatMeetingTimeRange } from '../../i18n/format';
import { useAgenda, useCouncil, useMeeting } from '../../storage/live-queries';
import { removeWithContent } from '../../storage/remove-cascade';
import { InlineConfirm } from '../../ui/inline-confirm';
import { PictureView } from '../../ui/picture-view';
import { StaffLoading, StaffNotFound } from '../../ui/staff-record-state';
import { StaffPage } from '../../ui/staff-page';
import { MeetingStatusActions } from './meeting-status-actions';
import { MeetingStatusSteps } from './meeting-status-steps';
import { paths, routes, useRouteParams } from '../../ui/paths';
import './meeting-screen.css';

export function MeetingScreen() {
  const { meetingId } = useRouteParams(routes.meeting);
  const { t, i18n } = useTranslation('meetings');
  const navigate = useNavigate();
  const meeting = useMeeting(meetingId);
  const council = useCouncil(meeting?.councilId);
  const agenda = useAgenda(meetingId);

  if (meeting === undefined) return <StaffLoading title={t('hub.loadingTitle')} />;
  if (meeting === null) return <StaffNotFound title={t('notFound.title')} body={t('notFound.body')} />;

  const itemCount = agenda?.length ?? 0;
  // "N punkter" counts what the agenda numbers: breaks are not items of their own.
  const numberedCount = countNumbered(agenda ?? []);
  const planned = totalPlannedMinutes(agenda ?? []);
  const published = meeting.status === 'minutes-published';
  const length = meetingLengthMinutes(meeting);
  const phases: { to: string; picture: Picture; title: string; text: string }[] = [
    {
      to: paths.meetingBefore(meeting.id),
      picture: { type: 'pictogram', id: 'agenda' },
      title: t('phase.before'),
      text: t('phase.beforeText'),
    },
    {
      to: paths.meetingDuring(meeting.id),
      picture: { type: 'pictogram', id: 'meeting' },
      title: t('phase.during'),
      text: t('phase.duringText'),
    },
    {
      to: paths.meetingAfter(meeting.id),
      picture: { type: 'pictogram', id: 'minutes' },
      title: t('phase.after'),
      text: t('phase.afterText'),
    },
  ];

  return (
    <StaffPage
      title={meeting.title}
      backTo={paths.council(meeting.councilId)}
      backLabel={council?.name ?? t('hub.backToCouncil')}
      actions={
        published ? undefined : (
          <>
            <Link className="button" to={paths.meetingAgenda(meeting.id)}>
              {t('hub.prepareAgenda')}
            </Link>
            <Link className="button" to={paths.meetingEdit(meeting.id)}>
              {t('hub.editMeeting')}
            </Link>
          </>
        )
      }
    >
      <section className="meeting-hub__facts card" aria-label={t('hub.factsLabel')}>
        <dl className="meeting-hub__facts-list">
          <div>
            <dt>{t('hub.when')}</dt>
            <dd>
              {formatMeetingDayAtLineStart(meeting.startsAt, i18n.language)}{' '}
              {t('hub.timeRange', { range: formatMeetingTimeRange(meeting.startsAt, meeting.endsAt, i18n.language) })}
            </dd>
          </div>
          <div>
            <dt>{t('hub.where')}</dt>
            <dd>{meeting.location ?? t('hub.noLocation')}</dd>
          </div>
          {council && (
            <div>
              <dt>{t('hub.council')}</dt>
              <dd>
                <Link to={paths.council(council.id)}>{council.name}</Link>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('hub.agenda')}</dt>
            <dd>
              {itemCount === 0
                ? t('hub.agendaEmpty')
                : t('hub.agendaSummary', { count: numberedCount, minutes: planned })}
              {planned > length && (
                <strong className="meeting-hub__over">{t('hub.agendaOver', { over: planned - length })}</strong>
              )}
            </dd>
          </div>
        </dl>
        {meeting.isOpen && <p className="meeting-hub__open">{t('hub.openMeeting')}</p>}
      </section>

      <section className="meeting-hub__status" aria-labelledby="meeting-hub-status">
        <h2 id="meeting-hub-status">{t('hub.statusHeading')}</h2>
        <MeetingStatusSteps status={meeting.status} />
        <MeetingStatusActions meeting={meeting} agendaItemCount={itemCount} />
      </section>

      <section aria-labelledby="meeting-hub-phases">
        <h2 id="meeting-hub-phases">{t('hub.phasesHeading')}</h2>
        <ul className="meeting-hub__phases">
          {phases.map((phase) => (
            <li key={phase.to}>
              <Link className="meeting-hub__phase" to={phase.to}>
                <PictureView picture={phase.picture} size={72} decorative />
                <span className="meeting-hub__phase-title">{phase.title}</span>
                <span className="meeting-hub__phase-text">{phase.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="meeting-hub__danger" aria-labelledby="meeting-hub-delete">
        <h2 id="meeting-hub-delete">{t('hub.deleteHeading')}</h2>
        {published ? (
          <p>{t('hub.cannotDeletePublished')}</p>
        ) : (
          <InlineConfirm
            triggerLabel={t('hub.delete')}
            question={
              meeting.status === 'held' || meeting.status === 'in-progress'
                ? t('hub.deleteQuestionHeld', { title: meeting.title })
                : t('hub.deleteQuestion', { title: meeting.title })
            }
            confirmLabel={t('hub.deleteConfirm')}
            onConfirm={async () => {
              await removeWithContent('meetings', meeting.id);
              navigate(paths.council(meeting.councilId), { replace: true });
            }}
          />
        )}
      </section>
    </StaffPage>
  );
}
