import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/agenda-item';
import { numberAgenda } from '../../domain/agenda-numbering';
import type { AgendaPosition } from './agenda-position';

interface ItemProgressProps {
  items: readonly AgendaItem[];
  position: AgendaPosition;
}

/** "Punkt 2 af 6" as words and as a row of marks: done (filled), now (large ring), later (empty). */
export function ItemProgress({ items, position }: ItemProgressProps) {
  const { t } = useTranslation('run-meeting');
  const text =
    position.number === undefined
      ? t('progressBreak')
      : t('progress', { number: position.number, count: position.numberedCount });
  const numbers = numberAgenda(items);
  return (
    <div className="meeting-progress">
      <ol className="meeting-progress__dots" aria-label={t('progressLabel')}>
        {items.map((item, index) => {
          const state = index < position.index ? 'done' : index === position.index ? 'current' : 'coming';
          const number = numbers.get(item.id) ?? undefined;
          const label =
            number === undefined
              ? t('dotBreak')
              : t(state === 'done' ? 'dotDone' : state === 'current' ? 'dotCurrent' : 'dotComing', { number });
          return (
            <li
              key={item.id}
              className={`meeting-progress__dot meeting-progress__dot--${state}${number === undefined ? ' meeting-progress__dot--break' : ''}`}
              {...(state === 'current' ? { 'aria-current': 'step' as const } : {})}
            >
              <span className="visually-hidden">{label}</span>
            </li>
          );
        })}
      </ol>
      <p className="meeting-progress__text">{text}</p>
    </div>
  );
}
