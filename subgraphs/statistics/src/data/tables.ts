/**
 * Kysely table interfaces of the statistics database. Figures are stored at the finest level held
 * (province for residents, region for the minors' census and the labour market): every coarser
 * figure (a region's residents, Italy's minors) is summed in SQL, never stored twice. Each data
 * set's provenance is a row of `data_sources`.
 */
import type { Selectable } from 'kysely';

/** Where a data set comes from; one row per data set. */
export interface DataSourceTable {
  /** `residents`, `unaccompanied-minors` or `labour-market` (see `DATASETS`). */
  id: string;
  /** 1 when the figures were generated for development, 0 for an official release. */
  generated: number;
  publisher: string;
  /** JSON translations, Italian always present (lib/locale.ts). */
  description_i18n: string;
}

/** Foreign residents of one citizenship in one province on 1 January of a year. */
export interface ResidentFigureTable {
  year: number;
  /** Three-digit ISTAT province code. */
  province_code: string;
  /** Two-digit ISTAT code of the province's region, kept so that region sums need no lookup. */
  region_code: string;
  /** ISO 3166-1 alpha-2 code of the citizenship. */
  citizenship: string;
  total: number;
  women: number;
}

/** One cell of the census of unaccompanied foreign minors: a region, month, age band, gender and citizenship. */
export interface MinorsCensusTable {
  /** `year * 12 + month - 1` (domain/months.ts): windows of months are integer ranges. */
  month_index: number;
  region_code: string;
  /** A GraphQL `MinorAgeBand` value. */
  age_band: string;
  /** A GraphQL `Gender` value. */
  gender: string;
  citizenship: string;
  /** Always positive: empty cells are not stored. */
  minors: number;
}

/** Foreign workers aged 15-64 in a region, yearly averages; the rates are derived from these counts. */
export interface LabourMarketTable {
  region_code: string;
  year: number;
  population: number;
  employed: number;
  unemployed: number;
}

/** The tables of the statistics database. */
export interface StatisticsDb {
  data_sources: DataSourceTable;
  resident_figures: ResidentFigureTable;
  minors_census: MinorsCensusTable;
  labour_market: LabourMarketTable;
}

export type DataSourceRow = Selectable<DataSourceTable>;
export type LabourMarketRow = Selectable<LabourMarketTable>;

/** The data sets, as `data_sources.id` names them. */
export const DATASETS = {
  residents: 'residents',
  minors: 'unaccompanied-minors',
  labour: 'labour-market',
} as const;
export type Dataset = (typeof DATASETS)[keyof typeof DATASETS];
