/**
 * Queries of allocations and the sums derived from them. Sums are SQL aggregates (SUM ... GROUP BY)
 * over many parents at once, so a request pays one statement per kind of figure.
 */
import { sql, type Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, pagesByParent, type PageOfRows } from '../../../../lib/db/paging.js';
import type { AllocationRow, FundingDb, Sums } from './tables.js';

export interface AllocationFilter {
  fundingSourceId?: string | null;
  callId?: string | null;
  pilotActionId?: string | null;
  regionCode?: string | null;
  /** Integer cents. */
  committedAtLeast?: number | null;
  committedAtMost?: number | null;
}

export type ActionSumsRow = Sums & { pilot_action_id: string };
export type ActionSourceSumsRow = ActionSumsRow & { funding_source_id: string };
export type SourceSumsRow = Sums & { funding_source_id: string };

const ORDER = [{ column: 'id' }];

function allocationQuery(db: Kysely<FundingDb>, filter: AllocationFilter = {}) {
  let query = db.selectFrom('allocations').selectAll();
  if (filter.fundingSourceId != null) query = query.where('funding_source_id', '=', filter.fundingSourceId);
  if (filter.callId != null) query = query.where('call_id', '=', filter.callId);
  if (filter.pilotActionId != null) query = query.where('pilot_action_id', '=', filter.pilotActionId);
  if (filter.regionCode != null) query = query.where('region_code', '=', filter.regionCode);
  if (filter.committedAtLeast != null) query = query.where('committed_cents', '>=', filter.committedAtLeast);
  if (filter.committedAtMost != null) query = query.where('committed_cents', '<=', filter.committedAtMost);
  return query;
}

/** Allocations by id, in no particular order (a DataLoader batch orders them). */
export async function allocationsById(db: Kysely<FundingDb>, ids: readonly string[]): Promise<AllocationRow[]> {
  return allocationQuery(db).where('id', 'in', ids).execute();
}

/** One page of allocations matching `filter`, ordered by id, with the total. */
export async function listAllocations(
  db: Kysely<FundingDb>,
  filter: AllocationFilter,
  page: Page,
): Promise<PageOfRows<AllocationRow>> {
  return pageOf(db, allocationQuery(db, filter), ORDER, page);
}

/** Pages of the allocations of many sources or calls at once: one statement. */
export async function allocationsOf(
  db: Kysely<FundingDb>,
  parent: 'funding_source_id' | 'call_id',
  parentIds: readonly string[],
  page: Page,
): Promise<Map<string, PageOfRows<AllocationRow>>> {
  return pagesByParent(db, allocationQuery(db).where(parent, 'in', parentIds), parent, ORDER, page);
}

/** Every allocation of many pilot actions (a handful each), ordered by id. */
export async function allocationsOfActions(db: Kysely<FundingDb>, actionIds: readonly string[]): Promise<AllocationRow[]> {
  return allocationQuery(db).where('pilot_action_id', 'in', actionIds).orderBy('id').execute();
}

const committed = sql<number>`coalesce(sum(${sql.ref('committed_cents')}), 0)`;
const spent = sql<number>`coalesce(sum(${sql.ref('spent_cents')}), 0)`;

/** Committed and spent per pilot action: one GROUP BY for all the actions of a batch. */
export async function sumsByAction(db: Kysely<FundingDb>, actionIds: readonly string[]): Promise<ActionSumsRow[]> {
  return db
    .selectFrom('allocations')
    .select(['pilot_action_id', committed.as('committed'), spent.as('spent')])
    .where('pilot_action_id', 'in', actionIds)
    .groupBy('pilot_action_id')
    .execute();
}

/** Committed and spent per pilot action and source, largest commitment first. */
export async function sumsByActionAndSource(db: Kysely<FundingDb>, actionIds: readonly string[]): Promise<ActionSourceSumsRow[]> {
  return db
    .selectFrom('allocations')
    .select(['pilot_action_id', 'funding_source_id', committed.as('committed'), spent.as('spent')])
    .where('pilot_action_id', 'in', actionIds)
    .groupBy(['pilot_action_id', 'funding_source_id'])
    .orderBy('pilot_action_id')
    .orderBy(committed, 'desc')
    .orderBy('funding_source_id')
    .execute();
}

/** Committed and spent over all allocations of many sources: one GROUP BY. */
export async function sumsBySource(db: Kysely<FundingDb>, sourceIds: readonly string[]): Promise<SourceSumsRow[]> {
  return db
    .selectFrom('allocations')
    .select(['funding_source_id', committed.as('committed'), spent.as('spent')])
    .where('funding_source_id', 'in', sourceIds)
    .groupBy('funding_source_id')
    .execute();
}
