/**
 * Languages spoken at a desk (ISO 639-1). Italian always; the others drawn with the chance that
 * such a desk has a speaker or a mediator of that language, which depends on the kind of
 * provider and on the communities living in the region (Punjabi in the Po valley and around
 * Latina, Chinese in Tuscany, Wolof in Campania...).
 */
import type { Random } from '../../../../../lib/random.js';
import type { ProviderKind, ServiceArea } from '../enums.js';

/** Chance that a patronato desk speaks the language, before the multipliers below. */
const BASE: Readonly<Record<string, number>> = {
  en: 0.6, fr: 0.34, es: 0.22, ar: 0.28, ro: 0.15, sq: 0.1, uk: 0.1, ru: 0.08, pt: 0.04,
  zh: 0.04, pa: 0.04, ur: 0.04, bn: 0.04, hi: 0.03, wo: 0.04, tl: 0.03, ti: 0.015, so: 0.015,
};

/** Languages that providers mostly cover through intercultural mediators. */
const MEDIATED = new Set(['ar', 'zh', 'pa', 'ur', 'bn', 'hi', 'wo', 'tl', 'ti', 'so', 'uk', 'ru', 'sq', 'ro']);

const KIND_FACTOR: Readonly<Record<ProviderKind, { european: number; mediated: number }>> = {
  PATRONATO_DESK: { european: 1, mediated: 1 },
  PUBLIC_OFFICE: { european: 1.5, mediated: 1.3 },
  CPIA_SCHOOL: { european: 1.3, mediated: 1.8 },
  HEALTH_UNIT: { european: 1.3, mediated: 2.2 },
  THIRD_SECTOR_BODY: { european: 1.2, mediated: 2 },
  MUNICIPALITY: { european: 1.1, mediated: 1.6 },
  EMPLOYMENT_CENTRE: { european: 1, mediated: 0.9 },
};

/** Where a community is larger than average, by ISTAT region code. */
const REGION_FACTOR: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  pa: { '03': 3, '12': 3.5, '08': 2.5, '05': 1.5, '01': 1.5 },
  hi: { '03': 2, '12': 2, '08': 2 },
  ur: { '03': 2, '08': 2, '05': 1.5, '09': 1.5 },
  bn: { '12': 3.5, '05': 2.5, '03': 1.5, '07': 1.5 },
  zh: { '09': 5, '03': 2.5, '05': 1.5, '12': 1.5 },
  wo: { '15': 3, '03': 2, '09': 2, '08': 1.5, '16': 1.5 },
  tl: { '03': 3.5, '12': 3.5, '09': 1.5 },
  sq: { '16': 3, '09': 1.5, '11': 2, '03': 1.3, '05': 1.3 },
  ro: { '12': 2, '01': 1.8, '05': 1.3, '19': 1.3 },
  uk: { '15': 2.5, '12': 1.5, '03': 1.3 },
  ti: { '12': 3, '03': 2 },
  so: { '12': 3, '09': 1.5 },
  ar: { '01': 1.5, '03': 1.3, '08': 1.4, '19': 1.5, '16': 1.2 },
  pt: { '12': 1.5, '03': 1.5 },
};

/** The order codes are listed in (Italian first, then by how common they are). */
const ORDER = ['it', 'de', ...Object.keys(BASE)];

/** Draws the languages of one desk. `extra` codes are always included. */
export function drawLanguages(
  random: Random,
  kind: ProviderKind,
  areas: readonly ServiceArea[],
  regionCode: string,
  extra: readonly string[] = [],
): string[] {
  const spoken = new Set<string>(['it', ...extra]);
  // South Tyrol is bilingual: German is spoken at nearly every desk there.
  if (regionCode === '04' && random.chance(0.9)) spoken.add('de');
  const mediation = areas.includes('INTERCULTURAL_MEDIATION') ? 1.5 : 1;
  for (const [code, base] of Object.entries(BASE)) {
    const factor = KIND_FACTOR[kind];
    const kindFactor = MEDIATED.has(code) ? factor.mediated * mediation : factor.european;
    const chance = Math.min(0.95, base * kindFactor * (REGION_FACTOR[code]?.[regionCode] ?? 1));
    if (random.chance(chance)) spoken.add(code);
  }
  return ORDER.filter((code) => spoken.has(code)).concat([...spoken].filter((code) => !ORDER.includes(code)));
}
