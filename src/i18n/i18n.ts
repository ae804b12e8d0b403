// i18next set-up. UI strings live in one JSON file per feature namespace and language
// (src/i18n/locales/<lang>/<namespace>.json) so each feature owns its own strings.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const supportedLanguages = ['da', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'da';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', {
  eager: true,
});

export function localeResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, mod] of Object.entries(files)) {
    const match = /\.\/locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    resources[lang] ??= {};
    resources[lang][ns] = mod.default;
  }
  return resources;
}

const languageKey = 'raadet.language';

export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(languageKey);
    return value === 'en' || value === 'da' ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(languageKey, lang);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this visit only.
  }
}

export function initI18n(lang: Language = storedLanguage()) {
  const resources = localeResources();
  void i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: false,
    defaultNS: 'common',
    ns: Object.keys(resources[defaultLanguage] ?? {}),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  syncDocumentLanguage(lang);
  i18next.on('languageChanged', (lng) => syncDocumentLanguage(lng));
  return i18next;
}

function syncDocumentLanguage(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
