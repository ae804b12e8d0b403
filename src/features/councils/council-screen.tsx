import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../domain/meeting';
import { formatMeetingDayAtLineStart, formatMeetingTimeRange, localCalendarDay } from '../../i18n/format';
import { useCouncil, useFacility, useMeetings, useMembers } from '../../storage/live-queries';
import { StaffLoading, StaffNotFound } from '../../ui/staff-record-state';
import { StaffPage } from '../../ui/staff-page';
import { ElectionDueNotice } from '../../shared/voting/election-due-notice';
import { EvaluationYear } from './evaluation-year';
import { meetingsThisYear, splitMeetings } from './meeting-schedule';
import { MeetingStatusBadge } from './meeting-status-badge';
import { paths, routes, useRouteParams } from '../../ui/paths';
import './council-screen.css';

function MeetingList({
  meetings,
  headingId,
  heading,
  empty,
}: {
  meetings: Meeting[];
  headingId: string;
  heading: string;
  empty: string;
}) {
  const { i18n } = useTranslation('councils');
  return (
    <section className="council-meetings" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {meetings.length === 0 ? (
        <p className="council-meetings__empty">{empty}</p>
      ) : (
        <ul className="council-meetings__list">
          {meetings.map((meeting) => {
            return (
              <li key={meeting.id}>
                <Link to={paths.meeting(meeting.id)} className="council-meeting">
                  <span className="council-meeting__title">{meeting.title}</span>
                  <span className="council-meeting__when">
                    <span>{formatMeetingDayAtLineStart(meeting.startsAt, i18n.language)}</span>{' '}
                    <span>{formatMeetingTimeRange(meeting.startsAt, meeting.endsAt, i18n.language)}</span>
                    {meeting.location && <span> · {meeting.location}</span>}
                  </span>
                  <MeetingStatusBadge status={meeting.status} />
                  <span className="council-meeting__arrow" aria-hidden="true">
                    ›
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function CouncilScreen() {
  const { councilId } = useRouteParams(routes.council);
  const { t } = useTranslation('councils');
  const council = useCouncil(councilId);
  const facility = useFacility(council?.facilityId);
  const meetingList = useMeetings(councilId);
  const memberList = useMembers(councilId);
  const [now] = useState(() => new Date());
  const tElections = useTranslation('elections').t;

  if (council === undefined) return <StaffLoading title={t('loadingTitle')} backLabel={t('backHome')} />;
  if (council === null) {
    return <StaffNotFound title={t('notFound.title')} body={t('notFound.body')} homeLabel={t('backHome')} />;
  }

  const { upcoming, past } = splitMeetings(meetingList ?? [], now);
  const plan = meetingsThisYear(meetingList ?? [], council.meetingsPerYear, now);

  return (
    <StaffPage
      title={council.name}
      backTo={paths.home()}
      backLabel={t('backHome')}
      actions={
        <Link to={paths.newMeeting(council.id)} className="button button--primary">
          <span aria-hidden="true" className="council-plus">
            +
          </span>{' '}
          {t('newMeeting')}
        </Link>
      }
    >
      <div className="council-summary">
        <p className="council-summary__facts">
          <span>{t(`kind.${council.kind}`)}</span>
          {facility && <span>{facility.name}</span>}
        </p>
        {council.description && <p className="council-summary__description">{council.description}</p>}
        <div className="council-summary__row">
          <Link to={paths.councilMembers(council.id)} className="button council-summary__members">
            {memberList === undefined ? t('membersLinkLoading') : t('membersLink', { count: memberList.length })}
          </Link>
          <Link to={paths.councilElections(council.id)} className="button">
            {tElections('councilLink')}
          </Link>
          {meetingList !== undefined && (
            <p
              className={`council-year ${plan.enough ? 'council-year--ok' : 'notice notice--warning council-year--short'}`}
            >
              <span className="council-year__shape" aria-hidden="true">
                {plan.enough ? '✓' : '!'}
              </span>
              <span>
                {t('year.count', { count: plan.recommended, planned: plan.count })}
                {!plan.enough && <> {t('year.tooFew', { count: plan.recommended })}</>}
              </span>
            </p>
          )}
        </div>
        {memberList !== undefined && (
          <ElectionDueNotice council={council} members={memberList} today={localCalendarDay(now)} />
        )}
      </div>

      {meetingList === undefined ? (
        <p role="status">{t('loading', { ns: 'common' })}</p>
      ) : (
        <div className="council-meeting-columns">
          <MeetingList
            meetings={upcoming}
            headingId="council-upcoming"
            heading={t('upcoming')}
            empty={t('noUpcoming')}
          />
          <MeetingList meetings={past} headingId="council-past" heading={t('past')} empty={t('noPast')} />
        </div>
      )}
      <EvaluationYear councilId={council.id} year={now.getFullYear()} />
    </StaffPage>
  );
}
