/**
 * The figures as the resolvers answer them: plain objects in the shape of their GraphQL types,
 * built from the rows the repositories read. Other subgraphs' entities appear as their keys; the
 * provenance as the data set's id (the `DataSource` resolvers read the rest).
 */
import type { Dataset } from './tables.js';

export interface Key {
  readonly code: string;
}
export interface SourceKey {
  readonly id: Dataset;
}

export interface ResidentsFigure {
  readonly year: number;
  readonly community: Key | null;
  readonly total: number;
  readonly women: number;
  readonly source: SourceKey;
}

export interface CitizenshipFigure {
  readonly community: Key;
  readonly year: number;
  readonly total: number;
  readonly women: number;
  /** Percent of the territory's foreign residents, one decimal. */
  readonly share: number;
  readonly source: SourceKey;
}

export interface CommunityFigure {
  readonly year: number;
  readonly total: number;
  readonly women: number;
  readonly byRegion: { readonly region: Key; readonly total: number; readonly women: number }[];
  readonly source: SourceKey;
}

export interface ResidentsRecord {
  readonly year: number;
  readonly province: Key;
  readonly region: Key;
  readonly community: Key;
  readonly total: number;
  readonly women: number;
  readonly source: SourceKey;
}

export type AgeBand = 'AGE_0_6' | 'AGE_7_14' | 'AGE_15' | 'AGE_16' | 'AGE_17';
export type Gender = 'FEMALE' | 'MALE';

export interface MinorsMonthFigure {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly total: number;
  readonly byAgeBand: { readonly ageBand: AgeBand; readonly count: number }[];
  readonly byGender: { readonly gender: Gender; readonly count: number }[];
  readonly byCitizenship: { readonly community: Key; readonly count: number }[];
  readonly source: SourceKey;
}

export interface LabourFigure {
  readonly region: Key;
  readonly year: number;
  readonly employmentRate: number;
  readonly unemploymentRate: number;
  readonly activityRate: number;
  readonly employed: number;
  readonly unemployed: number;
  readonly population: number;
  readonly source: SourceKey;
}

/** `part / whole` in percent with one decimal; 0 when there is no whole. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}
