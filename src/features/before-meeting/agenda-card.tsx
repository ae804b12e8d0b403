// One agenda item as residents see it: number, a big picture, a short title, how long it
// takes, and a speaker button that reads it all aloud.
import { useTranslation } from 'react-i18next';
import { defaultPictogramForKind, type AgendaItem } from '../../domain/agenda-item';
import type { Picture } from '../../domain/picture';
import { PictureView } from '../../ui/picture-view';
import { SpeakButton } from '../../ui/speak-button';
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

export function AgendaCard({ item, number }: { item: AgendaItem; number: number }) {
  const { t } = useTranslation('before-meeting');
  const duration = useDurationText()(item.plannedMinutes);
  const picture: Picture = item.picture ?? { type: 'pictogram', id: defaultPictogramForKind[item.kind] };
  const speech = [t('card.speechNumber', { number }), item.title, item.details, duration]
    .filter(Boolean)
    .map((part) => (/[.!?]$/.test(part!.trim()) ? part!.trim() : `${part!.trim()}.`))
    .join(' ');
  const titleId = `agenda-card-${item.id}`;
  return (
    <article className="agenda-card" aria-labelledby={titleId}>
      <span className="agenda-card__number" aria-hidden="true">
        {number}
      </span>
      <div className="agenda-card__picture">
        <PictureView
          picture={picture}
          size={176}
          {...(picture.type === 'photo' ? { label: t('card.photoOf', { title: item.title }) } : {})}
        />
      </div>
      <div className="agenda-card__body">
        <h3 id={titleId} className="agenda-card__title">
          <span className="visually-hidden">{t('card.number', { number })}</span>{' '}
          {item.title}
        </h3>
        {item.details && <p className="agenda-card__details">{item.details}</p>}
        <p className="agenda-card__time">
          <MinutesClock minutes={item.plannedMinutes} />
          <span>{duration}</span>
        </p>
      </div>
      <div className="agenda-card__speak">
        <SpeakButton text={speech} label={t('card.listen', { title: item.title })} />
      </div>
    </article>
  );
}
