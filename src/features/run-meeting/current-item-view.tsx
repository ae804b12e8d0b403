import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultPictogramForKind } from '../../domain/agenda-item';
import { presentMemberIds } from '../../domain/attendance';
import type { Decision } from '../../domain/decision';
import type { MeetingRecord } from '../../storage/meeting-record-query';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import type { AgendaPosition } from './agenda-position';
import { ItemDecisions } from './item-decisions';
import { ItemTimer } from './item-timer';
import { ItemVoteArea } from './item-vote-area';
import type { ItemVotes } from './item-votes';
import { RoundTheTable } from './round-the-table';
import { SinceLastTime } from './since-last-time';

interface CurrentItemViewProps {
  record: MeetingRecord;
  position: AgendaPosition;
  votes: ItemVotes;
  /** What "Gentag" and the item's speak button read. */
  spoken: string;
  onMakeDecision: (text: string) => void;
  onEditDecision: (decision: Decision) => void;
  onDeleteDecision: (decision: Decision) => void;
}

/**
 * The item everyone in the room looks at: its picture and title, its vote, what the item's
 * kind adds (since last time, round the table) and the decisions made on it. With a vote on
 * the item the picture shrinks and the details give way, so the vote fits the screen.
 */
export function CurrentItemView({
  record,
  position,
  votes,
  spoken,
  onMakeDecision,
  onEditDecision,
  onDeleteDecision,
}: CurrentItemViewProps) {
  const { t } = useTranslation('run-meeting');
  const { meeting, members, attendance } = record;
  const { item } = position;
  const mainRef = useRef<HTMLElement>(null);
  const compact = votes.current !== undefined;
  const picture = item.picture ?? { type: 'pictogram' as const, id: defaultPictogramForKind[item.kind] };
  const presentIds = presentMemberIds(attendance);

  // A new item starts at the top of the screen.
  useEffect(() => {
    mainRef.current?.scrollTo?.({ top: 0 });
  }, [item.id]);

  return (
    <main ref={mainRef} className={`meeting-main${compact ? ' meeting-main--compact' : ''}`}>
      <div className="meeting-item">
        <PictureView picture={picture} decorative className="meeting-item__picture" size={compact ? 140 : 280} />
        <div className="meeting-item__text">
          <div className="meeting-item__title-row">
            <h1 className="meeting-item__title">{item.title}</h1>
            <SpeakButton text={spoken} voice={item.voice} />
          </div>
          {item.details && !compact && <p className="meeting-item__details">{item.details}</p>}
        </div>
        <ItemTimer meetingId={meeting.id} item={item} />
      </div>

      <ItemVoteArea record={record} item={item} votes={votes} onMakeDecision={onMakeDecision} />

      {item.kind === 'since-last-time' && <SinceLastTime meeting={meeting} />}
      {item.kind === 'round-the-table' && (
        <RoundTheTable
          meetingId={meeting.id}
          itemId={item.id}
          members={presentIds.size > 0 ? members.filter((m) => presentIds.has(m.id)) : members}
        />
      )}

      <ItemDecisions
        decisions={record.decisions.filter((d) => d.agendaItemId === item.id)}
        members={members}
        onEdit={onEditDecision}
        onDelete={onDeleteDecision}
      />

      <p className="visually-hidden" aria-live="polite">
        {position.number !== undefined
          ? `${t('progress', { number: position.number, count: position.numberedCount })}: `
          : ''}
        {item.title}
      </p>
    </main>
  );
}
