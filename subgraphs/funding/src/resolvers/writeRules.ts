/**
 * The checks of the funding writes that need the database, run inside the write's transaction:
 * the source and call an input names, whose region a caller may write in, the region of a pilot
 * action, and whether the money is there. Problems of the input go into the write's `InputCheck`;
 * a caller writing outside its region is refused outright (`FORBIDDEN`).
 */
import { GraphQLError } from 'graphql';
import type { Transaction } from 'kysely';
import type { Caller } from '../../../../lib/auth/caller.js';
import { ErrorCode } from '../../../../lib/errors.js';
import type { InputCheck } from '../../../../lib/writes/input.js';
import { requireRegion } from '../../../../lib/writes/write.js';
import { formatCents } from '../../../../lib/scalars.js';
import type { CallRow, FundingDb, FundingSourceRow } from '../data/tables.js';
import { callForWrite, lockSource } from '../data/funding.writes.js';
import { recordedRegionOf } from '../data/funding.budgets.js';
import { callId as wellFormedCallId, sourceId as wellFormedSourceId } from './writeInput.js';

/**
 * Refuses a region-limited caller (a regional managing authority) a source of another region, and
 * any source without a region: EU, national and multi-regional sources are not a region's to manage.
 */
export function requireSourceRegion(caller: Caller, source: FundingSourceRow): void {
  if (caller.region !== undefined && source.region_code === null) {
    throw new GraphQLError(
      `Funding source ${source.id} has no region (an EU, national or multi-regional source); the caller may change only region ${caller.region}'s records`,
      { extensions: { code: ErrorCode.FORBIDDEN } },
    );
  }
  if (source.region_code !== null) requireRegion(caller, source.region_code, `Funding source ${source.id}`);
}

/**
 * The source `id` names, locked for the rest of the transaction (`lockSource`), when it exists and
 * the caller may write under it; a problem of `field` when it is malformed or unknown.
 */
export async function writableSource(
  trx: Transaction<FundingDb>,
  check: InputCheck,
  caller: Caller,
  field: string,
  id: string,
): Promise<FundingSourceRow | undefined> {
  if (wellFormedSourceId(check, field, id) === undefined) return undefined;
  const source = await lockSource(trx, id);
  if (!source) {
    check.fail(field, `no funding source has the id "${id}"`);
    return undefined;
  }
  requireSourceRegion(caller, source);
  return source;
}

/** The call `id` names, when it exists and is a call of `source`; a problem of `field` otherwise. */
export async function callOfSource(
  trx: Transaction<FundingDb>,
  check: InputCheck,
  field: string,
  id: string,
  source: FundingSourceRow | undefined,
): Promise<CallRow | undefined> {
  if (wellFormedCallId(check, field, id) === undefined) return undefined;
  const call = await callForWrite(trx, id);
  if (!call) check.fail(field, `no call has the id "${id}"`);
  else if (source && call.funding_source_id !== source.id) check.fail(field, `is a call of ${call.funding_source_id}, not of ${source.id}`);
  else return call;
  return undefined;
}

/**
 * The region of the pilot action an allocation funds. This subgraph may not read the pilot
 * actions' database, so, in this order: the region its earlier allocations record (a different
 * `given` one is refused), a territorial source's own region, then the `given` one. A regional or
 * local source funds actions of its own region only.
 */
export async function actionRegion(
  trx: Transaction<FundingDb>,
  check: InputCheck,
  action: { readonly pilotActionId: string | undefined; readonly regionCode: string | undefined; readonly regionGiven: boolean },
  source: FundingSourceRow | undefined,
): Promise<string | undefined> {
  if (action.pilotActionId === undefined) return undefined;
  const recorded = await recordedRegionOf(trx, action.pilotActionId);
  if (recorded !== undefined && action.regionCode !== undefined && action.regionCode !== recorded) {
    check.fail('input.regionCode', `${action.pilotActionId} is in region ${recorded} (as its earlier allocations record), not ${action.regionCode}`);
    return undefined;
  }
  const region = recorded ?? action.regionCode ?? source?.region_code ?? undefined;
  if (region === undefined) {
    // Nothing to go by: required, unless the code given was already refused as malformed.
    if (source && !action.regionGiven) {
      check.fail('input.regionCode', `is required: ${action.pilotActionId} has no allocation yet and ${source.id} has no region to take`);
    }
    return undefined;
  }
  if (source?.region_code != null && region !== source.region_code) {
    check.fail('input.fundingSourceId', `${source.id} funds pilot actions of region ${source.region_code} only, and ${action.pilotActionId} is in region ${region}`);
    return undefined;
  }
  return region;
}

/** Records a problem with `field` when `cents` is more than `remaining` of `what`. */
export function withinBudget(check: InputCheck, field: string, cents: number, remaining: number, what: string): boolean {
  const left = Math.max(0, remaining);
  return check.expect(cents <= left, field, `${formatCents(cents)} is more than what remains of ${what}: ${formatCents(left)}`);
}
