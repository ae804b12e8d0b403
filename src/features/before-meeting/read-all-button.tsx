// "Læs hele dagsordenen": reads every card in turn (a card's recording when staff made one),
// highlighting and scrolling to the card being read; a big stop button while it runs.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/agenda-item';
import { countNumbered, numberAgenda } from '../../domain/agenda-numbering';
import { readAll, type ReadAllQueue } from '../../ui/read-aloud-queue';
import { useRecordings } from '../../ui/use-recordings';
import { useCardSpeech } from './agenda-card';

interface ReadAllButtonProps {
  agenda: readonly AgendaItem[];
  /** The index being read, or null. */
  onCurrent: (index: number | null) => void;
  current: number | null;
}

export function ReadAllButton({ agenda, onCurrent, current }: ReadAllButtonProps) {
  const { t, i18n } = useTranslation('voice');
  const cardSpeech = useCardSpeech();
  const recordings = useRecordings(agenda.map((item) => item.voice));
  const queue = useRef<ReadAllQueue | null>(null);
  const [running, setRunning] = useState(false);
  const numbers = numberAgenda(agenda);
  const numberAt = (index: number): number | null => {
    const item = agenda[index];
    return item ? (numbers.get(item.id) ?? null) : null;
  };

  // Leaving the screen stops the reading.
  useEffect(() => () => queue.current?.stop(), []);

  function start() {
    queue.current?.stop();
    const items = agenda.map((item) => ({
      text: cardSpeech(item, numbers.get(item.id) ?? null),
      recording: item.voice ? recordings.get(item.voice) : undefined,
    }));
    setRunning(true);
    queue.current = readAll(items, i18n.language, {
      onItem: onCurrent,
      onFinish: () => {
        queue.current = null;
        setRunning(false);
      },
    });
  }

  return (
    <div className="picture-agenda__read-all">
      {running ? (
        <button type="button" className="read-all-button read-all-button--stop" onClick={() => queue.current?.stop()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />
          </svg>
          <span>{t('readAll.stop')}</span>
        </button>
      ) : (
        <button type="button" className="read-all-button" onClick={start}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
            <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span>{t('readAll.start')}</span>
        </button>
      )}
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
