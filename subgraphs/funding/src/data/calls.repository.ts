/**
 * Queries of calls for proposals. A call's status is derived in SQL from its dates and the fixed
 * reference date, so it cannot disagree with them and the status filter runs in the database.
 */
import { sql, type Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, pagesByParent, type PageOfRows } from '../../../../lib/db/paging.js';
import type { CallRow, CallStatus, FundingDb } from './tables.js';
import { REFERENCE_DATE } from './reference.js';

export interface CallFilter {
  fundingSourceId?: string | null;
  statuses?: readonly CallStatus[] | null;
}

const ORDER = [{ column: 'id' }];

/** FORTHCOMING before the opening day, CLOSED after the closing day, OPEN in between (both days included). */
const status = sql<CallStatus>`case
  when ${sql.ref('calls.opens_on')} > ${sql.lit(REFERENCE_DATE)} then 'FORTHCOMING'
  when ${sql.ref('calls.closes_on')} < ${sql.lit(REFERENCE_DATE)} then 'CLOSED'
  else 'OPEN' end`;

function callQuery(db: Kysely<FundingDb>, filter: CallFilter = {}) {
  let query = db.selectFrom('calls').selectAll('calls').select(status.as('status'));
  if (filter.fundingSourceId != null) query = query.where('calls.funding_source_id', '=', filter.fundingSourceId);
  if (filter.statuses?.length) {
    const statuses = filter.statuses;
    query = query.where((eb) => eb(status, 'in', statuses));
  }
  return query;
}

/** Calls by id, with their derived status, in no particular order. */
export async function callsById(db: Kysely<FundingDb>, ids: readonly string[]): Promise<CallRow[]> {
  return callQuery(db).where('calls.id', 'in', ids).execute();
}

/** One page of calls matching `filter`, ordered by id, with the total. */
export async function listCalls(db: Kysely<FundingDb>, filter: CallFilter, page: Page): Promise<PageOfRows<CallRow>> {
  return pageOf(db, callQuery(db, filter), ORDER, page);
}

/** Pages of the calls of many sources at once (also filtered by `filter`): one statement. */
export async function callsOfSources(
  db: Kysely<FundingDb>,
  sourceIds: readonly string[],
  filter: CallFilter,
  page: Page,
): Promise<Map<string, PageOfRows<CallRow>>> {
  const base = callQuery(db, filter).where('calls.funding_source_id', 'in', sourceIds);
  return pagesByParent(db, base, 'funding_source_id', ORDER, page);
}
