// When the council's next election is due (last election + 2 years), with a warning from
// three months before, and members whose term has run out (an empty seat).
import { useTranslation } from 'react-i18next';
import { expiredTerms, nextElectionDue } from '../../domain/election';
import type { Council } from '../../domain/council';
import type { Member } from '../../domain/member';
import { formatCalendarDay } from '../../i18n/format';
import './voting.css';

interface ElectionDueNoticeProps {
  council: Pick<Council, 'lastElection'>;
  members: readonly Member[];
  today: string;
}

export function ElectionDueNotice({ council, members, today }: ElectionDueNoticeProps) {
  const { t, i18n } = useTranslation('elections');
  const due = nextElectionDue(council, today);
  const expired = expiredTerms(members, today);
  const warn = due.kind === 'soon' || due.kind === 'overdue' || expired.length > 0;
  const text =
    due.kind === 'never-held'
      ? t('due.never-held')
      : t(`due.${due.kind}`, { date: formatCalendarDay(due.due, i18n.language) });
  return (
    <div
      className={warn ? 'notice notice--warning election-due election-due--warn' : 'election-due'}
      data-due={due.kind}
    >
      <p className="election-due__line">
        <span className="election-due__shape" aria-hidden="true">
          {warn ? '!' : due.kind === 'never-held' ? 'i' : '✓'}
        </span>
        {text}
      </p>
      {expired.length > 0 && (
        <p className="election-due__line">
          {t('due.emptySeats', { count: expired.length, names: expired.map((m) => m.displayName).join(', ') })}
        </p>
      )}
    </div>
  );
}
