/**
 * Per-request DataLoaders: every entity lookup and relation of a request is batched into one
 * statement per kind, whatever the number of parents.
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import type { PageOfRows } from '../../../../lib/db/paging.js';
import { byKey, pagedLoader, type PagedLoader } from '../../../../lib/loaders.js';
import type { TerritoriesDb, RegionRow, ProvinceRow, MunicipalityRow } from './tables.js';
import * as repo from './territories.repository.js';

export interface Loaders {
  region: DataLoader<string, RegionRow | null>;
  province: DataLoader<string, ProvinceRow | null>;
  municipality: DataLoader<string, MunicipalityRow | null>;
  provincesOfRegion: PagedLoader<ProvinceRow, Record<string, never>>;
  municipalitiesOfRegion: PagedLoader<MunicipalityRow, repo.MunicipalityFilter>;
  municipalitiesOfProvince: PagedLoader<MunicipalityRow, repo.MunicipalityFilter>;
}

export function createLoaders(db: Kysely<TerritoriesDb>): Loaders {
  return {
    region: new DataLoader(async (codes) => byKey(codes, await repo.regionsByCode(db, codes), (r) => r.code)),
    province: new DataLoader(async (codes) => byKey(codes, await repo.provincesByCode(db, codes), (p) => p.code)),
    municipality: new DataLoader(async (codes) =>
      byKey(codes, await repo.municipalitiesByCode(db, codes), (m) => m.istat_code),
    ),
    provincesOfRegion: pagedLoader((codes, _filter, page: Page) => repo.provincesOfRegions(db, codes, page)),
    municipalitiesOfRegion: pagedLoader((codes, filter, page): Promise<Map<string, PageOfRows<MunicipalityRow>>> =>
      repo.municipalitiesOf(db, 'region_code', codes, filter, page),
    ),
    municipalitiesOfProvince: pagedLoader((codes, filter, page) => repo.municipalitiesOf(db, 'province_code', codes, filter, page)),
  };
}
