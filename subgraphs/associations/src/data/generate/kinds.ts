import { formatId } from '../../../../../lib/ids.js';

/** The kinds of association and cultural fields, as stored (the GraphQL enum values). */
export const KINDS = ['MIGRANT_ASSOCIATION', 'SECOND_GENERATION_ASSOCIATION', 'CULTURAL_ORGANISATION', 'THIRD_SECTOR_BODY'] as const;
export type Kind = (typeof KINDS)[number];

export const CULTURAL_FIELDS = ['LITERATURE', 'CINEMA', 'THEATRE', 'MUSIC', 'VISUAL_ARTS', 'CULTURAL_HERITAGE'] as const;
export type CulturalFieldCode = (typeof CULTURAL_FIELDS)[number];

/** How many of the 1,200 seeded associations are of each kind: most are migrants' associations. */
export const KIND_QUOTAS: Readonly<Record<Kind, number>> = {
  MIGRANT_ASSOCIATION: 744,
  SECOND_GENERATION_ASSOCIATION: 144,
  CULTURAL_ORGANISATION: 168,
  THIRD_SECTOR_BODY: 144,
};

/** Total number of seeded associations: ids `ASS-0001` .. `ASS-1200`. */
export const ASSOCIATION_COUNT = 1200;

/** The id other subgraphs use for the n-th association (1-based). */
export function associationId(n: number): string {
  return formatId('association', n);
}
