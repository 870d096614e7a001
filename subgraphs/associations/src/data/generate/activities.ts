/** Composes an association's activities text from fragments, in the languages it publishes. */
import type { Texts } from '../../../../../lib/locale.js';
import type { Random } from '../../../../../lib/random.js';
import type { ExtraLanguage } from './communities.js';
import { COMMUNITY_FRAGMENTS, SECOND_GENERATION_FRAGMENTS, type Fragment } from './fragments.js';
import { CULTURAL_FRAGMENTS, THIRD_SECTOR_FRAGMENTS } from './fragments-more.js';
import type { Kind } from './kinds.js';

function poolOf(kind: Kind, culturalFields: readonly string[]): { first: Fragment[]; rest: readonly Fragment[] } {
  switch (kind) {
    case 'MIGRANT_ASSOCIATION':
      return { first: [], rest: COMMUNITY_FRAGMENTS };
    case 'SECOND_GENERATION_ASSOCIATION':
      return { first: [], rest: [...SECOND_GENERATION_FRAGMENTS, ...SECOND_GENERATION_FRAGMENTS, COMMUNITY_FRAGMENTS[8] as Fragment] };
    case 'CULTURAL_ORGANISATION':
      // A cultural organisation is described by its fields first, then what it does for its communities.
      return { first: culturalFields.map((field) => CULTURAL_FRAGMENTS[field] as Fragment), rest: [COMMUNITY_FRAGMENTS[3] as Fragment] };
    case 'THIRD_SECTOR_BODY':
      return { first: [], rest: [...THIRD_SECTOR_FRAGMENTS, ...[1, 4, 5, 7].map((i) => COMMUNITY_FRAGMENTS[i] as Fragment)] };
  }
}

/**
 * The activities of one association as JSON-ready translations: always Italian and English, plus
 * the languages of its communities (French for Senegalese, Arabic for Egyptians, ...).
 */
export function activitiesText(random: Random, kind: Kind, culturalFields: readonly string[], languages: readonly ExtraLanguage[]): Texts {
  const { first, rest } = poolOf(kind, culturalFields);
  const wanted = Math.max(2 - first.length, first.length === 0 ? random.int(2, 3) : random.int(0, 1));
  const chosen = [...first, ...random.sample(rest, Math.min(wanted, rest.length))];
  const texts: Texts = { it: chosen.map((c) => c.it).join(' '), en: chosen.map((c) => c.en).join(' ') };
  for (const language of languages) texts[language] = chosen.map((c) => c[language]).join(' ');
  return texts;
}
