import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Council } from '../../domain/council';
import { formatMeetingDay } from '../../i18n/format';
import { useMeetings, useMembers } from '../../storage/live-queries';
import { paths } from '../../ui/paths';

/** One council in a facility's list: what it is, who is in it, and when it meets next. */
export function CouncilRow({ council, now }: { council: Council; now: Date }) {
  const { t, i18n } = useTranslation('home');
  const memberList = useMembers(council.id);
  const meetingList = useMeetings(council.id);
  const nowIso = now.toISOString();
  const next = meetingList?.find((m) => m.endsAt >= nowIso && m.status !== 'held' && m.status !== 'minutes-published');
  return (
    <Link to={paths.council(council.id)} className="home-council">
      <span className="home-council__name">{council.name}</span>
      <span className="home-council__facts">
        <span>{t(`councilKind.${council.kind}`)}</span>
        <span>
          {memberList === undefined
            ? t('loading', { ns: 'common' })
            : t('council.members', { count: memberList.length })}
        </span>
        <span>
          {meetingList === undefined
            ? ''
            : next
              ? t('council.nextMeeting', { date: formatMeetingDay(next.startsAt, i18n.language) })
              : t('council.noNextMeeting')}
        </span>
      </span>
      <span className="home-council__arrow" aria-hidden="true">
        ›
      </span>
    </Link>
  );
}
