// Shown to staff the moment something should have been read aloud and could not: this device
// has no voice for the language (or the engine failed). Says how to install one. Residents
// see a calm banner; nothing ever goes silent without a word on the screen.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { speechService, type NoVoiceReason } from './speech';
import './no-voice-notice.css';

export function NoVoiceNotice() {
  const { t } = useTranslation('voice');
  const [problem, setProblem] = useState<{ lang: string; reason: NoVoiceReason } | null>(null);

  useEffect(() => {
    const service = speechService();
    // Ask for the voice list early (it arrives late on Chrome and Android); never wait on it.
    void service.loadVoices();
    return service.subscribe((event) => {
      if (event.type === 'no-voice') setProblem({ lang: event.lang, reason: event.reason });
      // A voice that starts after all clears the notice.
      if (event.type === 'start') setProblem(null);
    });
  }, []);

  if (!problem) return null;
  const language = t(`language.${problem.lang.startsWith('en') ? 'en' : 'da'}`);
  return (
    <div className="no-voice-notice" role="status">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="no-voice-notice__icon">
        <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
        <path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      <div className="no-voice-notice__text">
        <p className="no-voice-notice__title">
          {problem.reason === 'unsupported' ? t('noVoice.unsupported') : t('noVoice.title', { language })}
        </p>
        {problem.reason !== 'unsupported' && (
          <>
            <p>{t('noVoice.ipad', { language })}</p>
            <p>{t('noVoice.android', { language })}</p>
          </>
        )}
        <p>{t('noVoice.record')}</p>
      </div>
      <button type="button" className="button no-voice-notice__close" onClick={() => setProblem(null)}>
        {t('noVoice.close')}
      </button>
    </div>
  );
}
