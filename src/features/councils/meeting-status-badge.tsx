import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../domain/meeting';

// Each status has its own shape as well as its own word, so it never rests on colour alone.
const shapes: Record<MeetingStatus, string> = {
  planned: '○',
  'agenda-ready': '◑',
  'in-progress': '▶',
  held: '✓',
  'minutes-published': '✉',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('councils');
  return (
    <span className={`council-status council-status--${status}`}>
      <span className="council-status__shape" aria-hidden="true">
        {shapes[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
