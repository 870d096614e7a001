/**
 * Queries of the services database. Plain functions taking `db` first; one statement each,
 * whether for one parent or for the whole batch a DataLoader collected.
 */
import { sql, type Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, pagesByParent, type OrderTerm, type PageOfRows } from '../../../../lib/db/paging.js';
import { containsText } from '../../../../lib/db/like.js';
import type { ServicesDb, ServiceRow } from './tables.js';

/** A validated service filter; null (or an empty list) means "no condition". */
export interface ServiceFilter {
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
  readonly municipalityCode: string | null;
  readonly areas: readonly string[] | null;
  readonly languages: readonly string[] | null;
  readonly providerKinds: readonly string[] | null;
  readonly targetGroups: readonly string[] | null;
  readonly freeOfCharge: boolean | null;
  readonly associationId: string | null;
  /** Lower-cased substring of the Italian name. */
  readonly nameContains: string | null;
  /** Closed services are left out unless this is true. */
  readonly includeClosed: boolean;
}

/** The columns a list of services can hang from: an association or a territory. */
export type ServiceParent = 'association_id' | 'municipality_code' | 'province_code' | 'region_code';

/** Lists are ordered by id: stable, unique, and what the cursors' offsets count. */
const ORDER: readonly OrderTerm[] = [{ column: 'services.id' }];

function nonEmpty(list: readonly string[] | null): list is readonly string[] {
  return list !== null && list.length > 0;
}

/** The services matching `filter`, all columns selected. Link-table filters are EXISTS subqueries. */
function serviceQuery(db: Kysely<ServicesDb>, filter: ServiceFilter) {
  let query = db.selectFrom('services').selectAll('services');
  if (!filter.includeClosed) query = query.where('services.closed_at', 'is', null);
  if (filter.regionCode !== null) query = query.where('services.region_code', '=', filter.regionCode);
  if (filter.provinceCode !== null) query = query.where('services.province_code', '=', filter.provinceCode);
  if (filter.municipalityCode !== null) query = query.where('services.municipality_code', '=', filter.municipalityCode);
  if (nonEmpty(filter.providerKinds)) query = query.where('services.provider_kind', 'in', filter.providerKinds);
  if (filter.freeOfCharge !== null) query = query.where('services.free_of_charge', '=', filter.freeOfCharge ? 1 : 0);
  if (filter.associationId !== null) query = query.where('services.association_id', '=', filter.associationId);
  if (filter.nameContains) {
    query = query.where(containsText('services.name_search', filter.nameContains));
  }
  const { areas, languages, targetGroups } = filter;
  if (nonEmpty(areas)) {
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('service_areas as sa').select('sa.service_id').whereRef('sa.service_id', '=', 'services.id').where('sa.area', 'in', areas)),
    );
  }
  if (nonEmpty(languages)) {
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('service_languages as sl').select('sl.service_id').whereRef('sl.service_id', '=', 'services.id').where('sl.language', 'in', languages),
      ),
    );
  }
  if (nonEmpty(targetGroups)) {
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('service_target_groups as st')
          .select('st.service_id')
          .whereRef('st.service_id', '=', 'services.id')
          .where('st.target_group', 'in', targetGroups),
      ),
    );
  }
  return query;
}

/** The services with these ids (unknown ids are simply absent). */
export async function servicesById(db: Kysely<ServicesDb>, ids: readonly string[]): Promise<ServiceRow[]> {
  return db.selectFrom('services').selectAll().where('id', 'in', ids).execute();
}

/** One page of the services matching `filter`, with the total, in one statement. */
export async function listServices(db: Kysely<ServicesDb>, filter: ServiceFilter, page: Page): Promise<PageOfRows<ServiceRow>> {
  return pageOf(db, serviceQuery(db, filter), ORDER, page);
}

/** Pages of services for many parents at once (associations, municipalities, provinces or regions). */
export async function servicesOf(
  db: Kysely<ServicesDb>,
  parent: ServiceParent,
  parentKeys: readonly string[],
  filter: ServiceFilter,
  page: Page,
): Promise<Map<string, PageOfRows<ServiceRow>>> {
  const base = serviceQuery(db, filter).where(`services.${parent}`, 'in', parentKeys);
  return pagesByParent(db, base, `services.${parent}`, ORDER, page);
}

/** A community and one language it speaks (see communityLanguages.ts). */
export interface CommunityLanguage {
  readonly community: string;
  readonly language: string;
}

/**
 * Pages of the services whose desk speaks any language of each community, for many communities at
 * once: the (community, language) pairs travel as a derived table joined to the desks' languages,
 * one partition per community. The pairs are a UNION ALL of one-row selects, which both dialects
 * read alike (VALUES names its columns differently in each); the table of languages keeps them
 * well under SQLite's 500 terms of a compound select.
 */
export async function servicesSpeakingTo(
  db: Kysely<ServicesDb>,
  pairs: readonly CommunityLanguage[],
  filter: ServiceFilter,
  page: Page,
): Promise<Map<string, PageOfRows<ServiceRow>>> {
  const rows = pairs.map(({ community, language }) =>
    db.selectNoFrom([sql<string>`cast(${community} as varchar(2))`.as('community'), sql<string>`cast(${language} as varchar(2))`.as('language')]),
  );
  const [first, ...rest] = rows;
  if (!first) return new Map();
  const spokenBy = rest.reduce((union, row) => union.unionAll(row), first);
  // Distinct: a desk that speaks two languages of a community lists once for it.
  const reached = db
    .selectFrom('service_languages')
    .innerJoin(spokenBy.as('pairs'), 'pairs.language', 'service_languages.language')
    .select(['service_languages.service_id', 'pairs.community'])
    .distinct();
  const base = serviceQuery(db, filter).innerJoin(reached.as('reached'), 'reached.service_id', 'services.id');
  // The derived table is part of the query's scope: the paging helper's types must know it too.
  const scope = db.withTables<{ reached: { service_id: string; community: string } }>();
  return pagesByParent(scope, base, 'reached.community', ORDER, page);
}

export interface AreaCountRow {
  /** The parent's code, or `all` for the whole country. */
  readonly parent: string;
  readonly area: string;
  readonly count: number;
}

/**
 * Open services per area, for many territories at once (one GROUP BY), or for the whole country when
 * `parent` is null. Areas without services are absent; the caller lists them with zero.
 */
export async function areaCounts(
  db: Kysely<ServicesDb>,
  parent: Exclude<ServiceParent, 'association_id'> | null,
  parentKeys: readonly string[],
): Promise<AreaCountRow[]> {
  const parentRef = parent === null ? sql<string>`'all'` : sql<string>`${sql.ref(`services.${parent}`)}`;
  let query = db
    .selectFrom('service_areas')
    .innerJoin('services', 'services.id', 'service_areas.service_id')
    .select((eb) => [parentRef.as('parent'), 'service_areas.area', eb.fn.countAll<number>().as('count')])
    .where('services.closed_at', 'is', null);
  if (parent !== null) query = query.where(`services.${parent}`, 'in', parentKeys).groupBy([`services.${parent}`, 'service_areas.area']);
  else query = query.groupBy('service_areas.area');
  const rows = await query.execute();
  return rows.map((row) => ({ parent: String(row.parent), area: row.area, count: Number(row.count) }));
}
