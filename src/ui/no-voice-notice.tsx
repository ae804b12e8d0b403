// Shown to staff when something should have been read aloud and could not: this device has
// no voice for the language (or the engine failed). A slim banner at the very top of the page,
// in the flow (it never lies over a control): one line, the install steps behind "Sådan gør I",
// and a close button. Closed once, it stays closed for this browser session, so it does not
// come back on every tap; opening Settings → Oplæsning (where the voice is fixed) brings it
// back for the next failure. Nothing ever goes silent without a word on the screen first.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { speechService, type NoVoiceReason } from './speech';
import './no-voice-notice.css';

const dismissedKey = 'raadet.noVoiceNotice.dismissed';
/** Set on <html> while the banner shows, so full-height screens (meeting mode) make room for it. */
export const noVoiceHeightProperty = '--no-voice-notice-height';

function isDismissed(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(dismissedKey) === '1';
  } catch {
    return false;
  }
}

function setDismissed(dismissed: boolean): void {
  try {
    if (dismissed) globalThis.sessionStorage?.setItem(dismissedKey, '1');
    else globalThis.sessionStorage?.removeItem(dismissedKey);
  } catch {
    // Private mode without storage: the banner just comes back on the next failure.
  }
}

/** Staff opened the voice settings: show the notice again the next time a text cannot be read. */
export function resetNoVoiceNotice(): void {
  setDismissed(false);
}

export function NoVoiceNotice() {
  const { t } = useTranslation('voice');
  const [problem, setProblem] = useState<{ lang: string; reason: NoVoiceReason } | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const service = speechService();
    // Ask for the voice list early (it arrives late on Chrome and Android); never wait on it.
    void service.loadVoices();
    return service.subscribe((event) => {
      if (event.type === 'no-voice' && !isDismissed()) setProblem({ lang: event.lang, reason: event.reason });
      // A voice that starts after all clears the notice.
      if (event.type === 'start') setProblem(null);
    });
  }, []);

  // Full-height screens subtract the banner's height so their bottom controls stay in view.
  useLayoutEffect(() => {
    const root = document.documentElement;
    const element = ref.current;
    if (!problem || !element) {
      root.style.removeProperty(noVoiceHeightProperty);
      return;
    }
    const measure = () => root.style.setProperty(noVoiceHeightProperty, `${element.offsetHeight}px`);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      root.style.removeProperty(noVoiceHeightProperty);
    };
  }, [problem]);

  if (!problem) return null;
  const language = t(`language.${problem.lang.startsWith('en') ? 'en' : 'da'}`);
  const close = () => {
    setDismissed(true);
    setProblem(null);
  };
  return (
    <div ref={ref} className="no-voice-notice" role="status">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="no-voice-notice__icon">
        <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
        <path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      <div className="no-voice-notice__text">
        <p className="no-voice-notice__title">
          {problem.reason === 'unsupported' ? t('noVoice.unsupported') : t('noVoice.title', { language })}
        </p>
        <details className="no-voice-notice__help">
          <summary>{t('noVoice.howTo')}</summary>
          {problem.reason !== 'unsupported' && (
            <>
              <p>{t('noVoice.ipad', { language })}</p>
              <p>{t('noVoice.android', { language })}</p>
            </>
          )}
          <p>{t('noVoice.record')}</p>
          <p>{t('noVoice.settings')}</p>
        </details>
      </div>
      <button
        type="button"
        className="button no-voice-notice__close"
        onClick={close}
        aria-label={t('noVoice.closeNamed')}
      >
        {t('noVoice.close')}
      </button>
    </div>
  );
}
