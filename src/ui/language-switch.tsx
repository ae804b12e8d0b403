import { useTranslation } from 'react-i18next';
import { supportedLanguages, switchLanguage, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {supportedLanguages.map((lang: Language) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="button button--quiet"
          aria-pressed={i18n.language === lang}
          onClick={() => void switchLanguage(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
