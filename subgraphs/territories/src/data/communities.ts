/**
 * Communities, keyed by the country of origin. Nothing is stored: a community exists for every
 * officially assigned ISO 3166-1 alpha-2 code (lib/iso3166.ts), and its name in each language of
 * the graph is the country's name in Unicode CLDR, which ICU ships with Node.
 */
import { COUNTRY_CODES, COUNTRY_CODE_LIST } from '../../../../lib/iso3166.js';
import { LOCALES, type LocaleCode, type Texts } from '../../../../lib/locale.js';
import type { Page } from '../../../../lib/pagination.js';
import type { PageOfRows } from '../../../../lib/db/paging.js';

export interface CommunityRef {
  readonly code: string;
}

/** One `Intl.DisplayNames` per language, made once: they are costly to build and immutable. */
const displayNames = new Map<LocaleCode, Intl.DisplayNames>(
  LOCALES.map((locale) => [locale, new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })]),
);

/** The community of `code`, or undefined when no country has that code. */
export function findCommunity(code: string): CommunityRef | undefined {
  return COUNTRY_CODES.has(code) ? { code } : undefined;
}

/** The name of the country of origin in every language ICU has it in (Italian always). */
export function communityNames(code: string): Texts {
  const names: Partial<Record<LocaleCode, string>> = {};
  for (const [locale, display] of displayNames) {
    const name = display.of(code);
    if (name && name !== code) names[locale] = name;
  }
  return { ...names, it: names.it ?? code };
}

/** One page of every community, in code order. */
export function listCommunities(page: Page): PageOfRows<CommunityRef> {
  const rows = COUNTRY_CODE_LIST.slice(page.offset, page.offset + page.limit).map((code) => ({ code }));
  return { rows, totalCount: COUNTRY_CODE_LIST.length };
}
