// The one "read it all aloud" control (the picture agenda, the minutes): a big button that
// starts a read-all queue and turns into a stop button while it runs. Leaving the screen
// stops the reading.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sayable } from './say';
import { readAll, type ReadAllHooks, type ReadAllQueue } from './read-aloud-queue';
import './read-all-toggle.css';

interface ReadAllToggleProps {
  /** What to read, built when the button is tapped (so it is never stale). */
  items: () => readonly Sayable[];
  startLabel: string;
  stopLabel: string;
  /** Told which item is being read (null when the reading ends). */
  onItem?: ReadAllHooks['onItem'];
  className?: string;
}

export function ReadAllToggle({ items, startLabel, stopLabel, onItem, className }: ReadAllToggleProps) {
  const { i18n } = useTranslation();
  const queue = useRef<ReadAllQueue | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => () => queue.current?.stop(), []);

  function start() {
    queue.current?.stop();
    setRunning(true);
    queue.current = readAll(items(), i18n.language, {
      onItem: onItem ?? (() => {}),
      onFinish: () => {
        queue.current = null;
        setRunning(false);
      },
    });
  }

  const classes = ['read-all-toggle', running ? 'read-all-toggle--stop' : '', className].filter(Boolean).join(' ');
  return running ? (
    <button type="button" className={classes} onClick={() => queue.current?.stop()}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />
      </svg>
      <span>{stopLabel}</span>
    </button>
  ) : (
    <button type="button" className={classes} onClick={start}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
        <path
          d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      <span>{startLabel}</span>
    </button>
  );
}
