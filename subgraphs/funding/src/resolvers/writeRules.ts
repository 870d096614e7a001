/**
 * The checks of the funding writes beyond the input alone: the source and call an input names,
 * whose region a caller may write in, the region of a pilot action (its owner's answer), and
 * whether the money is there. Problems of the input go into the write's `InputCheck`; a caller
 * writing outside its region is refused outright (`FORBIDDEN`).
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
import type { LeadRegion, LeadRegions } from '../data/pilotActionRegions.js';
import { isId } from '../../../../lib/ids.js';
import { callId as wellFormedCallId, sourceId as wellFormedSourceId } from './writeInput.js';

/**
 * Refuses a region-limited caller (a regional managing authority) a source of another region, and
 * any source without a region: EU, national and multi-regional sources are not a region's to manage.
 */
export function requireSourceRegion(caller: Caller, source: FundingSourceRow): void {
  requireRegion(caller, source.region_code, `Funding source ${source.id}`);
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
  else if (source && call.funding_source_id !== source.id)
    check.fail(field, `is a call of ${call.funding_source_id}, not of ${source.id}`);
  else return call;
  return undefined;
}

/**
 * The lead region of the pilot action `id` names, as its owner (pilot-actions) answers through the
 * graph, asked before the write's transaction opens (a transaction never waits on the network). A
 * caller limited to a region funds only the actions its region leads: any other action, and one
 * without a lead region, is refused outright (`FORBIDDEN`, naming the action's region), whatever
 * this subgraph's own records say. `undefined` for a malformed id, which the input check reports.
 */
export async function leadRegionFor(
  leadRegions: LeadRegions,
  caller: Caller,
  id: string,
): Promise<LeadRegion | undefined> {
  if (!isId('pilotAction', id)) return undefined;
  const lead = await leadRegions.leadRegionOf(id);
  if (lead.exists && lead.region !== null) requireRegion(caller, lead.region, `Pilot action ${id}`);
  if (lead.exists && lead.region === null && caller.region !== undefined) {
    throw new GraphQLError(
      `Pilot action ${id} has no lead region (a national action); the caller may change only region ${caller.region}'s records`,
      {
        extensions: { code: ErrorCode.FORBIDDEN },
      },
    );
  }
  return lead;
}

/**
 * The region an allocation to the action is recorded under: the action's lead region (`lead`, from
 * `leadRegionFor`). An action that does not exist, or has no lead region, is a problem of
 * `input.pilotActionId`; a regional or local source funds actions of its own region only.
 */
export function actionRegion(
  check: InputCheck,
  id: string,
  lead: LeadRegion | undefined,
  source: FundingSourceRow | undefined,
): string | undefined {
  if (lead === undefined) return undefined;
  if (!lead.exists) {
    check.fail('input.pilotActionId', `no pilot action has the id "${id}"`);
    return undefined;
  }
  if (lead.region === null) {
    check.fail(
      'input.pilotActionId',
      `${id} has no lead region (its owner names none), and an allocation is recorded under its action's region`,
    );
    return undefined;
  }
  if (source?.region_code != null && lead.region !== source.region_code) {
    check.fail(
      'input.fundingSourceId',
      `${source.id} funds pilot actions of region ${source.region_code} only, and ${id} is led by region ${lead.region}`,
    );
    return undefined;
  }
  return lead.region;
}

/** Records a problem with `field` when `cents` is more than `remaining` of `what`. */
export function withinBudget(
  check: InputCheck,
  field: string,
  cents: number,
  remaining: number,
  what: string,
): boolean {
  const left = Math.max(0, remaining);
  return check.expect(
    cents <= left,
    field,
    `${formatCents(cents)} is more than what remains of ${what}: ${formatCents(left)}`,
  );
}
