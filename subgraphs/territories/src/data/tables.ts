/** Kysely table interfaces of the territories database. Booleans are stored as 0/1 in both dialects. */
import type { Selectable } from 'kysely';

export interface RegionTable {
  code: string;
  /** JSON translations, Italian always present. */
  name_i18n: string;
  name_it: string;
}

export interface ProvinceTable {
  code: string;
  abbreviation: string;
  name: string;
  region_code: string;
  is_metropolitan_city: number;
}

export interface MunicipalityTable {
  istat_code: string;
  name: string;
  /** Lower-cased name, for case-insensitive search with one query on both dialects. */
  name_search: string;
  province_code: string;
  region_code: string;
  is_provincial_capital: number;
}

export interface TerritoriesDb {
  regions: RegionTable;
  provinces: ProvinceTable;
  municipalities: MunicipalityTable;
}

export type RegionRow = Selectable<RegionTable>;
export type ProvinceRow = Selectable<ProvinceTable>;
export type MunicipalityRow = Selectable<MunicipalityTable>;
