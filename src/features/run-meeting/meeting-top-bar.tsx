import { useTranslation } from 'react-i18next';
import { paths } from '../../ui/paths';
import { Link } from 'react-router';
import type { AgendaItem } from '../../domain/agenda-item';
import type { Meeting } from '../../domain/meeting';
import type { AgendaPosition } from './agenda-position';
import { FullscreenButton } from './fullscreen-button';
import { ItemProgress } from './item-progress';

interface MeetingTopBarProps {
  councilName: string;
  meeting: Meeting;
  items: readonly AgendaItem[];
  position: AgendaPosition;
}

/** The thin bar above the item: which council and meeting, how far along, and the way out. */
export function MeetingTopBar({ councilName, meeting, items, position }: MeetingTopBarProps) {
  const { t } = useTranslation('run-meeting');
  return (
    <header className="meeting-top">
      <div className="meeting-top__context">
        <span className="meeting-top__council">{councilName}</span>
        <span className="meeting-top__title">{meeting.title}</span>
      </div>
      <ItemProgress items={items} position={position} />
      <div className="meeting-top__actions">
        <FullscreenButton />
        <Link className="button meeting-top__button" to={paths.meeting(meeting.id)}>
          {t('leave')}
        </Link>
      </div>
    </header>
  );
}
