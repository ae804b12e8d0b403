// "Læs hele referatet op": one button that reads the whole minutes in order, and stops
// when tapped again or when the screen is left. Not on paper.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../domain/minutes';
import { readAll, type ReadAllQueue } from '../../ui/read-aloud-queue';
import { useMinutesSpeech } from './minutes-speech';

export function MinutesReadAll({ minutes, attendanceRecorded }: { minutes: Minutes; attendanceRecorded: boolean }) {
  const { t, i18n } = useTranslation('after-meeting');
  const speech = useMinutesSpeech();
  const queue = useRef<ReadAllQueue | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => () => queue.current?.stop(), []);

  function start() {
    queue.current?.stop();
    setRunning(true);
    queue.current = readAll(speech(minutes, attendanceRecorded), i18n.language, {
      onItem: () => {},
      onFinish: () => {
        queue.current = null;
        setRunning(false);
      },
    });
  }

  return running ? (
    <button type="button" className="minutes-read-all minutes-read-all--stop" onClick={() => queue.current?.stop()}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />
      </svg>
      <span>{t('readAll.stop')}</span>
    </button>
  ) : (
    <button type="button" className="minutes-read-all" onClick={start}>
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span>{t('readAll.start')}</span>
    </button>
  );
}
