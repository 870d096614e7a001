/** Queries of funding sources. Plain functions taking `db` first; one statement each. */
import type { Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, pagesByParent, type PageOfRows } from '../../../../lib/db/paging.js';
import type { FundingDb, FundingKind, FundingLevel, FundingSourcePriorityTable, FundingSourceRow } from './tables.js';
import type { IntegrationPriority } from './catalogue/types.js';
import { containsText } from '../../../../lib/db/like.js';

export interface FundingSourceFilter {
  levels?: readonly FundingLevel[] | null;
  kind?: FundingKind | null;
  /** Sources serving at least one of these. */
  priorities?: readonly IntegrationPriority[] | null;
  programmingPeriod?: string | null;
  nameContains?: string | null;
  regionCode?: string | null;
}

export type PriorityRow = Pick<FundingSourcePriorityTable, 'funding_source_id' | 'priority'>;

export interface FundedActionRow {
  funding_source_id: string;
  pilot_action_id: string;
}

/** Sources by id, in no particular order (a DataLoader batch orders them). */
export async function sourcesById(db: Kysely<FundingDb>, ids: readonly string[]): Promise<FundingSourceRow[]> {
  return db.selectFrom('funding_sources').selectAll().where('id', 'in', ids).execute();
}

function sourceQuery(db: Kysely<FundingDb>, filter: FundingSourceFilter) {
  let query = db.selectFrom('funding_sources').selectAll();
  if (filter.levels?.length) query = query.where('level', 'in', filter.levels);
  if (filter.kind != null) query = query.where('kind', '=', filter.kind);
  if (filter.programmingPeriod != null) query = query.where('programming_period', '=', filter.programmingPeriod);
  if (filter.regionCode != null) query = query.where('region_code', '=', filter.regionCode);
  if (filter.nameContains) query = query.where(containsText('name_search', filter.nameContains));
  if (filter.priorities?.length) {
    const priorities = filter.priorities;
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('funding_source_priorities').select('funding_source_id').where('priority', 'in', priorities),
    );
  }
  return query;
}

/** One page of sources matching `filter`, ordered by id (the same order on both dialects), with the total. */
export async function listSources(
  db: Kysely<FundingDb>,
  filter: FundingSourceFilter,
  page: Page,
): Promise<PageOfRows<FundingSourceRow>> {
  return pageOf(db, sourceQuery(db, filter), [{ column: 'id' }], page);
}

/** The priorities of many sources, in a stable order. */
export async function prioritiesOf(db: Kysely<FundingDb>, ids: readonly string[]): Promise<PriorityRow[]> {
  return db
    .selectFrom('funding_source_priorities')
    .select(['funding_source_id', 'priority'])
    .where('funding_source_id', 'in', ids)
    .orderBy('priority')
    .execute();
}

/** Pages of the distinct pilot actions many sources fund, ordered by action id: one statement. */
export async function fundedActionsOf(
  db: Kysely<FundingDb>,
  ids: readonly string[],
  page: Page,
): Promise<Map<string, PageOfRows<FundedActionRow>>> {
  // GROUP BY makes the pairs distinct before the window functions of the paging number them.
  const base = db
    .selectFrom('allocations')
    .select(['funding_source_id', 'pilot_action_id'])
    .where('funding_source_id', 'in', ids)
    .groupBy(['funding_source_id', 'pilot_action_id']);
  return pagesByParent(db, base, 'funding_source_id', [{ column: 'pilot_action_id' }], page);
}
