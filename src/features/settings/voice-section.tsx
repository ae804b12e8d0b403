// "Oplæsning": which voice this device uses per language, how fast and how high. Stored on the
// device only (voices differ between an iPad and an Android tablet).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetNoVoiceNotice } from '../../ui/no-voice-notice';
import { speak, speechService, voicesForLanguage } from '../../ui/speech';
import {
  defaultVoiceSettings,
  pitchRange,
  rateRange,
  updateVoiceSettings,
  useVoiceSettings,
} from '../../ui/voice-settings';

const languages = ['da', 'en'] as const;

function useDeviceVoices(): { voices: SpeechSynthesisVoice[]; loaded: boolean } {
  const [state, setState] = useState(() => {
    const voices = speechService().voices();
    return { voices, loaded: voices.length > 0 };
  });
  useEffect(() => {
    const service = speechService();
    let cancelled = false;
    void service.loadVoices().then((voices) => {
      if (!cancelled) setState({ voices, loaded: true });
    });
    const off = service.onVoicesChanged(() => setState({ voices: service.voices(), loaded: true }));
    return () => {
      cancelled = true;
      off();
    };
  }, []);
  return state;
}

export function VoiceSection() {
  const { t, i18n } = useTranslation('voice');
  const settings = useVoiceSettings();
  const { voices, loaded } = useDeviceVoices();
  const ids = useId();
  const supported = speechService().supported;
  // Staff are looking at the voices: a closed no-voice banner may show again on the next failure.
  useEffect(() => resetNoVoiceNotice(), []);

  return (
    <section className="card settings-section settings-voice" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('settings.heading')}</h2>
      <p>{t('settings.hint')}</p>
      {!supported && <p className="notice notice--warning">{t('settings.status.unsupported')}</p>}
      {supported && !loaded && <p role="status">{t('settings.loading')}</p>}
      {supported &&
        languages.map((lang) => {
          const options = voicesForLanguage(lang, voices);
          const language = t(`language.${lang}`);
          const status = !loaded
            ? 'unknown'
            : options.some((v) => v.localService || settings.voices[lang] === v.voiceURI)
              ? 'ok'
              : 'no-voice';
          return (
            <div key={lang} className="field">
              <label htmlFor={`${ids}-${lang}`}>{t('settings.voice', { language })}</label>
              <select
                id={`${ids}-${lang}`}
                value={settings.voices[lang] ?? ''}
                onChange={(event) =>
                  updateVoiceSettings({ voices: { ...settings.voices, [lang]: event.target.value || undefined } })
                }
              >
                <option value="">{t('settings.automatic')}</option>
                {options.map((voice) => (
                  <option key={voice.voiceURI} value={voice.voiceURI}>
                    {voice.name} ({voice.lang}){voice.localService ? '' : ` – ${t('settings.online')}`}
                  </option>
                ))}
              </select>
              <p className={status === 'no-voice' ? 'notice notice--warning' : 'field__hint'}>
                {t(`settings.status.${status}`, { language })}
                {status === 'no-voice' && (
                  <>
                    {' '}
                    {t('noVoice.ipad', { language })} {t('noVoice.android', { language })}
                  </>
                )}
              </p>
            </div>
          );
        })}
      {supported && (
        <>
          <div className="field">
            <label htmlFor={`${ids}-rate`}>{t('settings.rate')}</label>
            <div className="settings-voice__range">
              <span aria-hidden="true">{t('settings.slower')}</span>
              <input
                id={`${ids}-rate`}
                type="range"
                min={rateRange.min}
                max={rateRange.max}
                step={rateRange.step}
                value={settings.rate}
                aria-valuetext={`${Math.round(settings.rate * 100)} %`}
                onChange={(event) => updateVoiceSettings({ rate: Number(event.target.value) })}
              />
              <span aria-hidden="true">{t('settings.faster')}</span>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-pitch`}>{t('settings.pitch')}</label>
            <div className="settings-voice__range">
              <span aria-hidden="true">{t('settings.lower')}</span>
              <input
                id={`${ids}-pitch`}
                type="range"
                min={pitchRange.min}
                max={pitchRange.max}
                step={pitchRange.step}
                value={settings.pitch}
                aria-valuetext={`${Math.round(settings.pitch * 100)} %`}
                onChange={(event) => updateVoiceSettings({ pitch: Number(event.target.value) })}
              />
              <span aria-hidden="true">{t('settings.higher')}</span>
            </div>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => speak(t('settings.sample'), i18n.language)}
            >
              {t('settings.test')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                updateVoiceSettings({ rate: defaultVoiceSettings.rate, pitch: defaultVoiceSettings.pitch })
              }
            >
              {t('settings.reset')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
