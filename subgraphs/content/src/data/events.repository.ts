/** Queries of events. Plain functions taking `db` first; one statement each. */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, pagesByParent, type OrderTerm, type PageOfRows } from '../../../../lib/db/paging.js';
import type { ContentDb, EventRow } from './tables.js';

/** A validated event filter; `null` is no restriction. */
export interface EventFilter {
  readonly from: string | null;
  readonly to: string | null;
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
  readonly communityCode: string | null;
  readonly kind: string | null;
  readonly series: string | null;
}

export const NO_EVENT_FILTER: EventFilter = {
  from: null,
  to: null,
  regionCode: null,
  provinceCode: null,
  communityCode: null,
  kind: null,
  series: null,
};

/** In date order, then by id: a total order, so pages never overlap. */
const BY_DATE: readonly OrderTerm[] = [{ column: 'events.starts_on' }, { column: 'events.id' }];

function matches(filter: EventFilter) {
  return (eb: ExpressionBuilder<ContentDb, 'events'>) => {
    const conditions = [];
    if (filter.from !== null) conditions.push(eb('events.starts_on', '>=', filter.from));
    if (filter.to !== null) conditions.push(eb('events.starts_on', '<=', filter.to));
    if (filter.regionCode !== null) conditions.push(eb('events.region_code', '=', filter.regionCode));
    if (filter.provinceCode !== null) conditions.push(eb('events.province_code', '=', filter.provinceCode));
    if (filter.kind !== null) conditions.push(eb('events.kind', '=', filter.kind));
    if (filter.series !== null) conditions.push(eb('events.series', '=', filter.series));
    if (filter.communityCode !== null) {
      const withCommunity = eb
        .selectFrom('event_communities')
        .select('event_id')
        .where('community', '=', filter.communityCode);
      conditions.push(eb('events.id', 'in', withCommunity));
    }
    return eb.and(conditions);
  };
}

export async function eventsById(db: Kysely<ContentDb>, ids: readonly string[]): Promise<EventRow[]> {
  return db.selectFrom('events').selectAll().where('id', 'in', ids).execute();
}

export async function listEvents(db: Kysely<ContentDb>, filter: EventFilter, page: Page): Promise<PageOfRows<EventRow>> {
  return pageOf(db, db.selectFrom('events').selectAll('events').where(matches(filter)), BY_DATE, page);
}

/** The events starting in any of `months` (`YYYY-MM`), in date order, optionally in one province or region. */
export async function eventsOfMonths(
  db: Kysely<ContentDb>,
  months: readonly string[],
  near: { readonly provinceCode: string | null; readonly regionCode: string | null },
): Promise<EventRow[]> {
  let query = db.selectFrom('events').selectAll().where('starts_month', 'in', months);
  if (near.provinceCode !== null) query = query.where('province_code', '=', near.provinceCode);
  if (near.regionCode !== null) query = query.where('region_code', '=', near.regionCode);
  return query.orderBy('starts_on').orderBy('id').execute();
}

/** The communities of many events, each event's in its own order. */
export async function communitiesOfEvents(
  db: Kysely<ContentDb>,
  ids: readonly string[],
): Promise<{ event_id: string; community: string }[]> {
  return db
    .selectFrom('event_communities')
    .select(['event_id', 'community'])
    .where('event_id', 'in', ids)
    .orderBy('event_id')
    .orderBy('position')
    .execute();
}

/** Pages of the events of many communities at once. */
export async function eventsOfCommunities(
  db: Kysely<ContentDb>,
  codes: readonly string[],
  page: Page,
): Promise<Map<string, PageOfRows<EventRow>>> {
  const base = db
    .selectFrom('events')
    .innerJoin('event_communities', 'event_communities.event_id', 'events.id')
    .selectAll('events')
    .where('event_communities.community', 'in', codes);
  return pagesByParent(db, base, 'event_communities.community', BY_DATE, page);
}
