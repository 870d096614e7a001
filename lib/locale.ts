/**
 * Localised text. Every human-readable text is stored as a JSON object of translations in which
 * Italian (`it`) is always present; a request chooses a language with the field's `lang`
 * argument or the `Accept-Language` header, and falls back to Italian.
 */
export const LOCALES = ['it', 'en', 'fr', 'es', 'ar', 'zh'] as const;
export type LocaleCode = (typeof LOCALES)[number];
/** The GraphQL `Locale` enum's values. */
export type LocaleEnum = Uppercase<LocaleCode>;

/** Translations of one text; Italian is required. */
export type Texts = { it: string } & Partial<Record<LocaleCode, string>>;

export interface LocalizedText {
  text: string;
  locale: LocaleEnum;
}

export const DEFAULT_LOCALE: LocaleCode = 'it';

function isLocale(value: string): value is LocaleCode {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best supported language from an `Accept-Language` header (RFC 9110 quality values).
 * Returns Italian when the header is missing or names nothing supported.
 */
export function negotiateLocale(header: string | null | undefined): LocaleCode {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        lang: tag.trim().toLowerCase().split('-')[0] ?? '',
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((r) => r.lang).find(isLocale) ?? DEFAULT_LOCALE;
}

/** The text in `lang` (a field argument) or else `fallback` (the request's language), or else Italian. */
export function localize(
  texts: Texts,
  lang: LocaleEnum | null | undefined,
  fallback: LocaleCode,
): LocalizedText {
  const wanted = lang ? (lang.toLowerCase() as LocaleCode) : fallback;
  const text = texts[wanted];
  if (text) return { text, locale: wanted.toUpperCase() as LocaleEnum };
  return { text: texts.it, locale: 'IT' };
}

/** Parses a stored translations column; throws when Italian is missing (a data error, not user input). */
export function parseTexts(json: string): Texts {
  const value = JSON.parse(json) as Partial<Record<string, string>>;
  if (typeof value['it'] !== 'string')
    throw new Error(`stored text has no Italian version: ${json.slice(0, 80)}`);
  return value as Texts;
}
