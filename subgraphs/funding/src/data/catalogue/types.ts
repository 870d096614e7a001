/** Shapes of the seed catalogue: the funding sources and call themes the seed is built from. */
import type { Texts } from '../../../../../lib/locale.js';
import type { FundingKind, FundingLevel } from '../tables.js';

export type IntegrationPriority =
  | 'COOPERATION_BETWEEN_ACTORS'
  | 'DECENT_WORK'
  | 'VULNERABLE_MIGRANTS'
  | 'YOUNG_PEOPLE_AND_WORKERS'
  | 'MIGRANT_WOMEN'
  | 'PARTICIPATION_CULTURE_AND_SPORT'
  | 'LEGAL_ENTRY_CHANNELS';

export type BeneficiaryKind = 'REGION' | 'MUNICIPALITY' | 'THIRD_SECTOR_BODY' | 'ASSOCIATION' | 'SCHOOL' | 'HEALTH_UNIT' | 'UNIVERSITY';

export interface SourceSpec {
  readonly id: string;
  /** Acronym used in call titles, e.g. `FAMI`. */
  readonly shortName: string;
  readonly name: Texts;
  readonly level: FundingLevel;
  readonly kind: FundingKind;
  readonly programmingPeriod: string;
  readonly totalBudgetCents: number;
  /** Share paid by the source, in basis points. */
  readonly cofinancingRateBp: number;
  readonly managingAuthority: Texts;
  readonly priorities: readonly IntegrationPriority[];
  /** ISTAT region of a territorial source. */
  readonly regionCode?: string;
  /** ISTAT municipality of a municipal line; its region is derived from lib/istat.ts. */
  readonly municipalityCode?: string;
  /** Regions whose pilot actions the source may fund; absent means every region. */
  readonly fundsRegions?: readonly string[];
  /** How many calls for proposals it publishes. */
  readonly calls: number;
  /** Range of one allocation to a pilot action, in whole euro. */
  readonly grantEuro: readonly [number, number];
}

export interface CallTheme {
  readonly title: Texts;
  readonly beneficiaries: readonly BeneficiaryKind[];
  /** The priorities the theme serves: a source publishes calls on themes matching its own. */
  readonly priorities: readonly IntegrationPriority[];
}

/** Integer cents of a whole-euro amount (avoids float arithmetic on money). */
export function euro(amount: number): number {
  return Math.round(amount) * 100;
}
