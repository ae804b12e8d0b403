// One agenda item as residents see it: number, a big picture, a short title, how long it
// takes, and a speaker button that reads it all aloud. A break has no number (the shared rule
// in domain/agenda-numbering): its badge shows pause bars and it is called "Pause".
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultPictogramForKind, type AgendaItem } from '../../domain/agenda-item';
import type { Picture } from '../../domain/picture';
import { joinSentences } from '../../domain/spoken-sentences';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
import { SpeakableText } from '../../ui/speakable-text';
import { MinutesClock } from './minutes-clock';

export function useDurationText() {
  const { t } = useTranslation('before-meeting');
  return (minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return t('duration.minutes', { count: minutes });
    if (rest === 0) return t('duration.hours', { count: hours });
    return t('duration.hoursAndMinutes', { hours: t('duration.hourPart', { count: hours }), count: rest });
  };
}

/**
 * How a card is introduced before its title: "Punkt 3" for a numbered item, "Pause" for a break
 * (left out when the break's title already says so).
 */
function useCardLead() {
  const { t } = useTranslation('before-meeting');
  return (item: AgendaItem, number: number | null, key: 'number' | 'speechNumber'): string | null => {
    if (number !== null) return t(`card.${key}`, { number });
    const word = t(key === 'number' ? 'card.break' : 'card.speechBreak');
    const bare = (text: string) =>
      text
        .replace(/[.:!?]$/, '')
        .trim()
        .toLocaleLowerCase();
    return bare(item.title) === bare(word) ? null : word;
  };
}

/** What a card says aloud: its number (or "Pause"), title, details and length, as full sentences. */
export function useCardSpeech() {
  const durationText = useDurationText();
  const lead = useCardLead();
  return (item: AgendaItem, number: number | null) =>
    joinSentences([lead(item, number, 'speechNumber'), item.title, item.details, durationText(item.plannedMinutes)]);
}

interface AgendaCardProps {
  item: AgendaItem;
  /** The item's number on the agenda; null for a break. */
  number: number | null;
  /** Being read aloud by "read the whole agenda": highlighted and scrolled into view. */
  current?: boolean;
}

export function AgendaCard({ item, number, current = false }: AgendaCardProps) {
  const { t } = useTranslation('before-meeting');
  const duration = useDurationText()(item.plannedMinutes);
  const picture: Picture = item.picture ?? { type: 'pictogram', id: defaultPictogramForKind[item.kind] };
  const speech = useCardSpeech()(item, number);
  const lead = useCardLead()(item, number, 'number');
  const titleId = `agenda-card-${item.id}`;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!current) return;
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    ref.current?.scrollIntoView?.({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
  }, [current]);
  return (
    <article
      ref={ref}
      className={`agenda-card${current ? ' agenda-card--current' : ''}`}
      aria-labelledby={titleId}
      aria-current={current ? 'step' : undefined}
    >
      {number !== null ? (
        <span className="agenda-card__number" aria-hidden="true">
          {number}
        </span>
      ) : (
        <span className="agenda-card__number agenda-card__number--break" aria-hidden="true">
          <svg viewBox="0 0 24 24" focusable="false">
            <rect x="6" y="5" width="4" height="14" rx="1" fill="currentColor" />
            <rect x="14" y="5" width="4" height="14" rx="1" fill="currentColor" />
          </svg>
        </span>
      )}
      <div className="agenda-card__picture">
        <PictureView
          picture={picture}
          size={176}
          {...(picture.type === 'photo' ? { label: t('card.photoOf', { title: item.title }) } : {})}
        />
      </div>
      <div className="agenda-card__body">
        <h3 id={titleId} className="agenda-card__title">
          {lead && (
            <>
              <span className="visually-hidden">{lead}</span>{' '}
            </>
          )}
          <SpeakableText text={item.title} />
        </h3>
        {item.details && <SpeakableText as="p" className="agenda-card__details" text={item.details} />}
        <p className="agenda-card__time">
          <MinutesClock minutes={item.plannedMinutes} />
          <span>{duration}</span>
        </p>
      </div>
      <div className="agenda-card__speak">
        <SpeakButton text={speech} voice={item.voice} label={t('card.listen', { title: item.title })} />
      </div>
    </article>
  );
}
