// i18next set-up. UI strings live in one JSON file per feature namespace and language
// (src/i18n/locales/<lang>/<namespace>.json) so each feature owns its own strings. Only the
// Danish `common` namespace is in the first screen's bundle; every other namespace loads when
// a screen first asks for it (and the service worker has precached them all for offline use).
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import daCommon from './locales/da/common.json';

export const supportedLanguages = ['da', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'da';

type LocaleModule = { default: Record<string, unknown> };

const localeFiles = import.meta.glob<LocaleModule>(['./locales/*/*.json', '!./locales/da/common.json']);

function localePath(lang: string, ns: string): string {
  return `./locales/${lang}/${ns}.json`;
}

/** Every namespace there is, from the file names. */
export function allNamespaces(): string[] {
  const names = new Set<string>(['common']);
  for (const path of Object.keys(localeFiles)) {
    const match = /\/([a-z-]+)\.json$/.exec(path);
    if (match) names.add(match[1]!);
  }
  return [...names];
}

const backend = resourcesToBackend(async (lang: string, ns: string) => {
  const load = localeFiles[localePath(lang, ns)];
  if (!load) throw new Error(`no strings for ${lang}/${ns}`);
  return (await load()).default;
});

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

let initialised: Promise<unknown> | null = null;

/** Starts i18next in the given language; resolves when its common strings are there. */
export async function initI18n(lang: Language = storedLanguage()): Promise<typeof i18next> {
  initialised ??= i18next
    .use(backend)
    .use(initReactI18next)
    .init({
      resources: { [defaultLanguage]: { common: daCommon } },
      partialBundledLanguages: true,
      lng: lang,
      fallbackLng: false,
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    .then(() => {
      syncDocumentLanguage(i18next.language);
      i18next.on('languageChanged', (lng) => syncDocumentLanguage(lng));
    });
  await initialised;
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
  return i18next;
}

/** Loads every namespace of the given languages (tests, and before going offline). */
export async function loadLanguages(langs: readonly Language[]): Promise<void> {
  const current = i18next.language;
  for (const lang of langs) {
    await i18next.changeLanguage(lang);
    await i18next.loadNamespaces(allNamespaces());
  }
  await i18next.changeLanguage(current);
}

/** Switches language, loading its strings first, and remembers the choice on this device. */
export async function switchLanguage(lang: Language): Promise<void> {
  rememberLanguage(lang);
  await i18next.changeLanguage(lang);
}

function syncDocumentLanguage(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
