/** Queries of the territories database. Plain functions taking `db` first; one statement each. */
import type { Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, pagesByParent, type PageOfRows } from '../../../../lib/db/paging.js';
import { containsText } from '../../../../lib/db/like.js';
import type { TerritoriesDb, RegionRow, ProvinceRow, MunicipalityRow } from './tables.js';

export interface ProvinceFilter {
  regionCode?: string | null;
  isMetropolitanCity?: boolean | null;
}

export interface MunicipalityFilter {
  regionCode?: string | null;
  provinceCode?: string | null;
  nameContains?: string | null;
}

export async function regionsByCode(db: Kysely<TerritoriesDb>, codes: readonly string[]): Promise<RegionRow[]> {
  return db.selectFrom('regions').selectAll().where('code', 'in', codes).execute();
}

export async function provincesByCode(db: Kysely<TerritoriesDb>, codes: readonly string[]): Promise<ProvinceRow[]> {
  return db.selectFrom('provinces').selectAll().where('code', 'in', codes).execute();
}

export async function provinceByAbbreviation(db: Kysely<TerritoriesDb>, abbreviation: string): Promise<ProvinceRow | undefined> {
  return db.selectFrom('provinces').selectAll().where('abbreviation', '=', abbreviation.toUpperCase()).executeTakeFirst();
}

export async function municipalitiesByCode(db: Kysely<TerritoriesDb>, codes: readonly string[]): Promise<MunicipalityRow[]> {
  return db.selectFrom('municipalities').selectAll().where('istat_code', 'in', codes).execute();
}

export async function listRegions(db: Kysely<TerritoriesDb>, page: Page): Promise<PageOfRows<RegionRow>> {
  return pageOf(db, db.selectFrom('regions').selectAll(), [{ column: 'code' }], page);
}

function provinceQuery(db: Kysely<TerritoriesDb>, filter: ProvinceFilter) {
  let query = db.selectFrom('provinces').selectAll();
  if (filter.regionCode != null) query = query.where('region_code', '=', filter.regionCode);
  if (filter.isMetropolitanCity != null) query = query.where('is_metropolitan_city', '=', filter.isMetropolitanCity ? 1 : 0);
  return query;
}

export async function listProvinces(db: Kysely<TerritoriesDb>, filter: ProvinceFilter, page: Page): Promise<PageOfRows<ProvinceRow>> {
  return pageOf(db, provinceQuery(db, filter), [{ column: 'code' }], page);
}

/** Pages of provinces for many regions at once. */
export async function provincesOfRegions(
  db: Kysely<TerritoriesDb>,
  regionCodes: readonly string[],
  page: Page,
): Promise<Map<string, PageOfRows<ProvinceRow>>> {
  const base = db.selectFrom('provinces').selectAll().where('region_code', 'in', regionCodes);
  return pagesByParent(db, base, 'region_code', [{ column: 'code' }], page);
}

function municipalityQuery(db: Kysely<TerritoriesDb>, filter: MunicipalityFilter) {
  let query = db.selectFrom('municipalities').selectAll();
  if (filter.regionCode != null) query = query.where('region_code', '=', filter.regionCode);
  if (filter.provinceCode != null) query = query.where('province_code', '=', filter.provinceCode);
  if (filter.nameContains) query = query.where(containsText('name_search', filter.nameContains));
  return query;
}

export async function listMunicipalities(
  db: Kysely<TerritoriesDb>,
  filter: MunicipalityFilter,
  page: Page,
): Promise<PageOfRows<MunicipalityRow>> {
  return pageOf(db, municipalityQuery(db, filter), [{ column: 'name_search' }, { column: 'istat_code' }], page);
}

/** Pages of municipalities for many parents (regions or provinces) at once. */
export async function municipalitiesOf(
  db: Kysely<TerritoriesDb>,
  parent: 'region_code' | 'province_code',
  parentCodes: readonly string[],
  filter: MunicipalityFilter,
  page: Page,
): Promise<Map<string, PageOfRows<MunicipalityRow>>> {
  const base = municipalityQuery(db, filter).where(parent, 'in', parentCodes);
  return pagesByParent(db, base, parent, [{ column: 'name_search' }, { column: 'istat_code' }], page);
}
