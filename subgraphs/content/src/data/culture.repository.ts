/** Queries of the Cultural Area and of International Protection. One statement each. */
import type { Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, type PageOfRows } from '../../../../lib/db/paging.js';
import type { ContentDb, CulturalExperienceRow, ProtectionProjectRow } from './tables.js';

export interface ExperienceFilter {
  readonly section: string | null;
  readonly kind: string | null;
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
}

export interface ProtectionFilter {
  readonly regionCode: string | null;
  readonly beneficiary: string | null;
}

export async function experiencesById(db: Kysely<ContentDb>, ids: readonly string[]): Promise<CulturalExperienceRow[]> {
  return db.selectFrom('cultural_experiences').selectAll().where('id', 'in', ids).execute();
}

/** By section (in the SDL's order, which is the seeding order of ids), then name. */
export async function listExperiences(
  db: Kysely<ContentDb>,
  filter: ExperienceFilter,
  page: Page,
): Promise<PageOfRows<CulturalExperienceRow>> {
  let query = db.selectFrom('cultural_experiences').selectAll();
  if (filter.section !== null) query = query.where('section', '=', filter.section);
  if (filter.kind !== null) query = query.where('kind', '=', filter.kind);
  if (filter.regionCode !== null) query = query.where('region_code', '=', filter.regionCode);
  if (filter.provinceCode !== null) query = query.where('province_code', '=', filter.provinceCode);
  return pageOf(db, query, [{ column: 'section' }, { column: 'name_search' }, { column: 'id' }], page);
}

export async function projectsById(db: Kysely<ContentDb>, ids: readonly string[]): Promise<ProtectionProjectRow[]> {
  return db.selectFrom('protection_projects').selectAll().where('id', 'in', ids).execute();
}

/** Newest first (by start), then by id. */
export async function listProjects(
  db: Kysely<ContentDb>,
  filter: ProtectionFilter,
  page: Page,
): Promise<PageOfRows<ProtectionProjectRow>> {
  let query = db.selectFrom('protection_projects').selectAll('protection_projects');
  if (filter.regionCode !== null) query = query.where('region_code', '=', filter.regionCode);
  const { beneficiary } = filter;
  if (beneficiary !== null) {
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('protection_beneficiaries').select('project_id').where('status', '=', beneficiary),
    );
  }
  return pageOf(db, query, [{ column: 'starts_on', direction: 'desc' }, { column: 'id' }], page);
}

/** The beneficiaries of many projects. */
export async function beneficiariesOf(
  db: Kysely<ContentDb>,
  ids: readonly string[],
): Promise<{ project_id: string; status: string }[]> {
  return db.selectFrom('protection_beneficiaries').selectAll().where('project_id', 'in', ids).execute();
}

/** Experiences per region and section, for many regions at once (one GROUP BY); empty pairs are absent. */
export async function experienceCounts(
  db: Kysely<ContentDb>,
  regionCodes: readonly string[],
): Promise<{ region_code: string; section: string; count: number }[]> {
  const rows = await db
    .selectFrom('cultural_experiences')
    .select((eb) => ['region_code', 'section', eb.fn.countAll<number>().as('count')])
    .where('region_code', 'in', regionCodes)
    .groupBy(['region_code', 'section'])
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** Protection projects per region, for many regions at once (one GROUP BY); regions with none are absent. */
export async function projectCounts(
  db: Kysely<ContentDb>,
  regionCodes: readonly string[],
): Promise<{ region_code: string; count: number }[]> {
  const rows = await db
    .selectFrom('protection_projects')
    .select((eb) => ['region_code', eb.fn.countAll<number>().as('count')])
    .where('region_code', 'in', regionCodes)
    .groupBy('region_code')
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
