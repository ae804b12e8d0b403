import { useTranslation } from 'react-i18next';
import { speak } from './speech';

interface SpeakButtonProps {
  text: string;
  /** Visible or accessible name, e.g. "Lyt: Sommertur". Defaults to "Lyt". */
  label?: string;
  size?: 'resident' | 'staff';
}

/** A speaker button: tapping it reads the text aloud in the current language. */
export function SpeakButton({ text, label, size = 'resident' }: SpeakButtonProps) {
  const { t, i18n } = useTranslation();
  const name = label ?? `${t('actions.listen')}: ${text}`;
  return (
    <button
      type="button"
      className={`speak-button speak-button--${size}`}
      aria-label={name}
      title={name}
      onClick={(event) => {
        event.stopPropagation();
        speak(text, i18n.language);
      }}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}
