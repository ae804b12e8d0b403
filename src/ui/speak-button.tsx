import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { say } from './say';
import { stopAllSound } from './recording-player';
import { useRecording } from './use-recording';

interface SpeakButtonProps {
  text: string;
  /** Visible or accessible name, e.g. "Lyt: Sommertur". Defaults to "Lyt". */
  label?: string;
  size?: 'resident' | 'staff';
  /** A stored staff recording (media hash): it always wins over the synthetic voice. */
  voice?: string | undefined;
}

/**
 * A speaker button: tapping it plays the staff recording when there is one, otherwise reads
 * the text aloud in the current language; tapping again stops. When the sound really starts,
 * the button gets `data-played="true"` (the audio element's `playing` event for recordings),
 * which end-to-end tests assert on.
 */
export function SpeakButton({ text, label, size = 'resident', voice }: SpeakButtonProps) {
  const { t, i18n } = useTranslation();
  const name = label ?? `${t('actions.listen')}: ${text}`;
  const recording = useRecording(voice);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [playing, setPlaying] = useState(false);
  const stopRef = useRef<(() => void) | null>(null);

  // Leaving the screen (or the card disappearing) stops its sound.
  useEffect(
    () => () => {
      if (stopRef.current) stopRef.current();
    },
    [],
  );

  function start() {
    const button = buttonRef.current;
    button?.removeAttribute('data-played');
    let active = true;
    stopRef.current = () => {
      if (active) stopAllSound();
    };
    const outcome = say({ text, recording }, i18n.language, {
      onPlaying: (source) => {
        if (!active) return;
        button?.setAttribute('data-played', 'true');
        button?.setAttribute('data-source', source);
      },
      onEnd: () => {
        active = false;
        stopRef.current = null;
        setPlaying(false);
      },
    });
    if (outcome === 'recording' || outcome === 'synthesis') setPlaying(true);
    else {
      active = false;
      stopRef.current = null;
    }
  }

  return (
    <button
      ref={buttonRef}
      type="button"
      className={`speak-button speak-button--${size}${playing ? ' speak-button--playing' : ''}`}
      aria-label={name}
      aria-pressed={playing}
      title={name}
      data-voice={recording ? 'recording' : voice ? 'recording-loading' : 'synthesis'}
      onClick={(event) => {
        event.stopPropagation();
        if (playing && stopRef.current) {
          stopRef.current();
          return;
        }
        start();
      }}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
        {playing ? (
          <path d="M16 9v6M19.5 7v10" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        ) : (
          <path
            d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        )}
      </svg>
    </button>
  );
}
