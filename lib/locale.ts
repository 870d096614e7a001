/**
 * Localised text. Every human-readable text is stored as a JSON object of translations in which
 * Italian (`it`) is always present; a request chooses a language with the field's `lang`
 * argument or the `Accept-Language` header, and falls back to Italian.
 */
export const LOCALES = ['it', 'en', 'fr', 'es', 'ar', 'zh', 'sq', 'pa', 'ru', 'tl', 'uk'] as const;
export type LocaleCode = (typeof LOCALES)[number];
/** The GraphQL `Locale` enum's values. */
export type LocaleEnum = Uppercase<LocaleCode>;

/** Translations of one text; Italian is required. */
export type Texts = { it: string } & Partial<Record<LocaleCode, string>>;

/** The writing direction of a script, as the GraphQL `TextDirection` enum names it. */
export type TextDirection = 'LTR' | 'RTL';

export interface LocalizedText {
  text: string;
  /** The language of `text`. */
  locale: LocaleEnum;
  /** True when `text` is not in the language asked for (Italian was returned instead). */
  fallback: boolean;
  direction: TextDirection;
}

export const DEFAULT_LOCALE: LocaleCode = 'it';

function isLocale(value: string): value is LocaleCode {
  return (LOCALES as readonly string[]).includes(value);
}

/** Language tags browsers send for a language the graph knows under another code. */
const ALIASES: Readonly<Record<string, LocaleCode>> = { fil: 'tl' };

interface TextInfo {
  readonly direction?: string;
}
/** ICU's text info: an accessor up to Node 20, a method from Node 22 on. */
type LocaleWithTextInfo = Intl.Locale & { textInfo?: TextInfo; getTextInfo?: () => TextInfo };

/**
 * The writing direction of each language's default script, from ICU's locale data (Arabic is
 * right-to-left; Punjabi's default script in CLDR is Gurmukhi, left-to-right).
 */
export const DIRECTIONS: Readonly<Record<LocaleCode, TextDirection>> = Object.fromEntries(
  LOCALES.map((code) => {
    const locale = new Intl.Locale(code) as LocaleWithTextInfo;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return [code, info?.direction === 'rtl' ? 'RTL' : 'LTR'];
  }),
) as Record<LocaleCode, TextDirection>;

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
      const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
      return {
        lang: ALIASES[primary] ?? primary,
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
  if (text) return { text, locale: toEnum(wanted), fallback: false, direction: DIRECTIONS[wanted] };
  return { text: texts.it, locale: 'IT', fallback: wanted !== 'it', direction: DIRECTIONS.it };
}

/** A language code as the GraphQL `Locale` enum names it. */
export function toEnum(code: LocaleCode): LocaleEnum {
  return code.toUpperCase() as LocaleEnum;
}

/** Parses a stored translations column; throws when Italian is missing (a data error, not user input). */
export function parseTexts(json: string): Texts {
  const value = JSON.parse(json) as Partial<Record<string, string>>;
  if (typeof value['it'] !== 'string')
    throw new Error(`stored text has no Italian version: ${json.slice(0, 80)}`);
  return value as Texts;
}
