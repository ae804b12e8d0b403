// "Læs hele dagsordenen": reads every card in turn (a card's recording when staff made one),
// highlighting and scrolling to the card being read; a big stop button while it runs.
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/agenda-item';
import { countNumbered, numberAgenda } from '../../domain/agenda-numbering';
import { ReadAllToggle } from '../../ui/read-all-toggle';
import { useRecordings } from '../../ui/use-recordings';
import { useCardSpeech } from './agenda-card';

interface ReadAllButtonProps {
  agenda: readonly AgendaItem[];
  /** The index being read, or null. */
  onCurrent: (index: number | null) => void;
  current: number | null;
}

export function ReadAllButton({ agenda, onCurrent, current }: ReadAllButtonProps) {
  const { t } = useTranslation('voice');
  const cardSpeech = useCardSpeech();
  const recordings = useRecordings(agenda.map((item) => item.voice));
  const numbers = numberAgenda(agenda);
  const numberAt = (index: number): number | null => {
    const item = agenda[index];
    return item ? (numbers.get(item.id) ?? null) : null;
  };

  return (
    <div className="picture-agenda__read-all">
      <ReadAllToggle
        items={() =>
          agenda.map((item) => ({
            text: cardSpeech(item, numbers.get(item.id) ?? null),
            recording: item.voice ? recordings.get(item.voice) : undefined,
          }))
        }
        onItem={onCurrent}
        startLabel={t('readAll.start')}
        stopLabel={t('readAll.stop')}
      />
      <p className="visually-hidden" aria-live="polite">
        {current === null
          ? ''
          : numberAt(current) === null
            ? t('readAll.readingBreak')
            : t('readAll.reading', { number: numberAt(current), count: countNumbered(agenda) })}
      </p>
    </div>
  );
}
