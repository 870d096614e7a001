/** The Cultural Area page's choices, kept in its address so that a search can be shared. */
import type { CulturalSection, Locale, PortalCultureQueryVariables } from '../../../../clients/src/index.js';

// Keyed by the graph's enum, so that a section added to the schema and not here fails `tsc`.
const SECTION_SET: Record<CulturalSection, true> = {
  LITERATURE: true,
  CINEMA: true,
  THEATRE: true,
  MUSIC: true,
  VISUAL_ART_AND_CULTURAL_HERITAGE: true,
};
export const SECTIONS = Object.keys(SECTION_SET) as CulturalSection[];
export const PAGE_SIZE = 10;

export type Criteria = Readonly<Record<'section' | 'region' | 'after', string>>;

export function criteriaOf(params: URLSearchParams): Criteria {
  const get = (key: string) => params.get(key) ?? '';
  return { section: get('section'), region: get('region'), after: get('after') };
}

const isSection = (value: string): value is CulturalSection => Object.hasOwn(SECTION_SET, value);

/** The operation's variables for `criteria`; a choice that names no section or region is left out. */
export function variablesOf(criteria: Criteria, lang: Locale): PortalCultureQueryVariables {
  return {
    section: isSection(criteria.section) ? criteria.section : null,
    regionCode: /^\d{2}$/.test(criteria.region) ? criteria.region : null,
    first: PAGE_SIZE,
    after: criteria.after || null,
    lang,
  };
}
