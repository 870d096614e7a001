/** Queries of the register of associations. Plain functions taking `db` first; one statement each. */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, pagesByParent, type OrderTerm, type PageOfRows } from '../../../../lib/db/paging.js';
import type { AssociationsDb, AssociationRow, AssociationCommunityRow, AssociationCulturalFieldRow } from './tables.js';
import { containsText } from '../../../../lib/db/like.js';

/** A validated filter (see resolvers/filter.ts); empty lists have already been dropped. */
export interface AssociationFilter {
  kinds?: readonly string[] | null;
  community?: string | null;
  regionCode?: string | null;
  provinceCode?: string | null;
  municipalityCode?: string | null;
  culturalFields?: readonly string[] | null;
  registered?: boolean | null;
  nameContains?: string | null;
}

/** Columns of `associations` that identify the territory a list is grouped by. */
export type SeatColumn = 'seat_region_code' | 'seat_province_code' | 'seat_municipality_code';

export interface CommunityCountRow {
  community: string;
  count: number;
}

/** By name, then id: a total order, so that pages never overlap or skip. */
const BY_NAME: readonly OrderTerm[] = [{ column: 'name_search' }, { column: 'id' }];

/** The filter as one SQL condition on `associations`; link tables are reached by subqueries. */
function matches(filter: AssociationFilter) {
  return (eb: ExpressionBuilder<AssociationsDb, 'associations'>) => {
    const conditions = [];
    if (filter.kinds) conditions.push(eb('associations.kind', 'in', filter.kinds));
    if (filter.community != null) {
      const represented = eb.selectFrom('association_communities').select('association_id').where('community', '=', filter.community);
      conditions.push(eb('associations.id', 'in', represented));
    }
    if (filter.regionCode != null) conditions.push(eb('associations.seat_region_code', '=', filter.regionCode));
    if (filter.provinceCode != null) conditions.push(eb('associations.seat_province_code', '=', filter.provinceCode));
    if (filter.municipalityCode != null) conditions.push(eb('associations.seat_municipality_code', '=', filter.municipalityCode));
    if (filter.culturalFields) {
      const inFields = eb.selectFrom('association_cultural_fields').select('association_id').where('field', 'in', filter.culturalFields);
      conditions.push(eb('associations.id', 'in', inFields));
    }
    if (filter.registered != null) conditions.push(eb('associations.is_registered', '=', filter.registered ? 1 : 0));
    if (filter.nameContains) conditions.push(containsText('associations.name_search', filter.nameContains));
    return eb.and(conditions);
  };
}

function filtered(db: Kysely<AssociationsDb>, filter: AssociationFilter) {
  return db.selectFrom('associations').selectAll('associations').where(matches(filter));
}

/** Associations by id, in no particular order (the loader orders them). */
export async function associationsById(db: Kysely<AssociationsDb>, ids: readonly string[]): Promise<AssociationRow[]> {
  return db.selectFrom('associations').selectAll().where('id', 'in', ids).execute();
}

/** The communities of many associations, each association's in its own order. */
export async function communitiesOf(db: Kysely<AssociationsDb>, ids: readonly string[]): Promise<AssociationCommunityRow[]> {
  return db.selectFrom('association_communities').selectAll().where('association_id', 'in', ids).orderBy('association_id').orderBy('position').execute();
}

/** The cultural fields of many associations. */
export async function culturalFieldsOf(db: Kysely<AssociationsDb>, ids: readonly string[]): Promise<AssociationCulturalFieldRow[]> {
  return db.selectFrom('association_cultural_fields').selectAll().where('association_id', 'in', ids).orderBy('association_id').orderBy('field').execute();
}

/** One page of the associations matching `filter`, ordered by name, with the total. */
export async function listAssociations(db: Kysely<AssociationsDb>, filter: AssociationFilter, page: Page): Promise<PageOfRows<AssociationRow>> {
  return pageOf(db, filtered(db, filter), BY_NAME, page);
}

/** Pages of associations seated in many territories at once (regions, provinces or municipalities). */
export async function associationsSeatedIn(
  db: Kysely<AssociationsDb>,
  column: SeatColumn,
  codes: readonly string[],
  filter: AssociationFilter,
  page: Page,
): Promise<Map<string, PageOfRows<AssociationRow>>> {
  return pagesByParent(db, filtered(db, filter).where(column, 'in', codes), column, BY_NAME, page);
}

/**
 * Pages of the associations representing many communities at once (ISO codes), each community's
 * by name: the link table splits the filtered associations into one partition per community.
 */
export async function associationsRepresenting(
  db: Kysely<AssociationsDb>,
  communities: readonly string[],
  filter: AssociationFilter,
  page: Page,
): Promise<Map<string, PageOfRows<AssociationRow>>> {
  const base = filtered(db, filter)
    .innerJoin('association_communities', 'association_communities.association_id', 'associations.id')
    .where('association_communities.community', 'in', communities);
  return pagesByParent(db, base, 'association_communities.community', BY_NAME, page);
}

/** Associations per represented community: one GROUP BY over the link table, largest first, then by code. */
export async function countsByCommunity(db: Kysely<AssociationsDb>, filter: AssociationFilter): Promise<CommunityCountRow[]> {
  return db
    .selectFrom('association_communities as c')
    .innerJoin(filtered(db, filter).as('a'), 'a.id', 'c.association_id')
    .select((eb) => ['c.community', eb.fn.countAll<number>().as('count')])
    .groupBy('c.community')
    .orderBy('count', 'desc')
    .orderBy('c.community')
    .execute();
}

/** The same counts for many regions in one statement, keyed by region code. */
export async function countsByCommunityOfRegions(
  db: Kysely<AssociationsDb>,
  regionCodes: readonly string[],
  filter: AssociationFilter,
): Promise<(CommunityCountRow & { region: string })[]> {
  return db
    .selectFrom('association_communities as c')
    .innerJoin(filtered(db, filter).where('seat_region_code', 'in', regionCodes).as('a'), 'a.id', 'c.association_id')
    .select((eb) => ['a.seat_region_code as region', 'c.community', eb.fn.countAll<number>().as('count')])
    .groupBy(['a.seat_region_code', 'c.community'])
    .orderBy('a.seat_region_code')
    .orderBy('count', 'desc')
    .orderBy('c.community')
    .execute();
}
