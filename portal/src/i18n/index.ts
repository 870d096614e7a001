/**
 * Interface strings in Italian and the Portal's ten languages (the graph's `Locale`), bundled with
 * the page. Texts that come from the graph are not here: they answer in the language asked for,
 * saying when Italian stood in.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import it from './locales/it.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import es from './locales/es.json';
import ar from './locales/ar.json';
import zh from './locales/zh.json';
import sq from './locales/sq.json';
import pa from './locales/pa.json';
import ru from './locales/ru.json';
import tl from './locales/tl.json';
import uk from './locales/uk.json';

/** The Portal's languages, as the graph's `Locale` codes in lower case; Italian first. */
export const LANGUAGES = ['it', 'en', 'fr', 'es', 'ar', 'zh', 'sq', 'pa', 'ru', 'tl', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: string | undefined): value is Language =>
  (LANGUAGES as readonly string[]).includes(value ?? '');

/** Each language's own name, for the language menu. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  it: 'Italiano',
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  zh: '中文',
  sq: 'Shqip',
  pa: 'ਪੰਜਾਬੀ',
  ru: 'Русский',
  tl: 'Tagalog',
  uk: 'Українська',
};

const resources = { it, en, fr, es, ar, zh, sq, pa, ru, tl, uk };

/**
 * Each page folder may keep its own strings in `locales/<language>.json`: they become the
 * namespace named after the folder (`pages/map/locales/ar.json` is `useTranslation('map')` in Arabic).
 */
const pageStrings = import.meta.glob<Record<string, unknown>>('../pages/*/locales/*.json', {
  eager: true,
  import: 'default',
});

function namespacesOf(language: string): Record<string, Record<string, unknown>> {
  const found: Record<string, Record<string, unknown>> = {};
  for (const [file, strings] of Object.entries(pageStrings)) {
    const match = /\/pages\/([^/]+)\/locales\/([^/]+)\.json$/.exec(file);
    if (match && match[2] === language) found[match[1]!] = strings;
  }
  return found;
}

/** Starts i18next in `language`; Italian stands in for a missing string. */
export async function startI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(
      Object.entries(resources).map(([lng, strings]) => [
        lng,
        { translation: strings, ...namespacesOf(lng) },
      ]),
    ),
    lng: language,
    fallbackLng: 'it',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** Sets the page's `lang` and `dir` for `language` (Arabic is written right to left). */
export function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}
