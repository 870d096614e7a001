/**
 * Writes of the funding database, inside a write's transaction (`lib/writes/write.ts`): each
 * function returns the before/after values the audit log keeps. New ids are derived inside the
 * transaction, so a write that loses a race for one is run again by `runWrite`.
 */
import { sql, type Transaction, type Updateable } from 'kysely';
import { allocateId } from '../../../../lib/writes/allocateId.js';
import { changesBetween, type FieldChange } from '../../../../lib/writes/auditStore.js';
import { callsById } from './calls.repository.js';
import type { AllocationRow, AllocationTable, CallRow, CallTable, CallTableRow, FundingDb, FundingSourceRow, NewAllocation, NewCall } from './tables.js';

/** The columns `openCall` sets (everything but the id and the bookkeeping columns). */
export type CallValues = Omit<NewCall, 'id' | 'version'>;
/** The columns `allocateToPilotAction` sets. */
export type AllocationValues = Omit<NewAllocation, 'id' | 'version'>;

/** The id after the highest call's (`CALL-0001` onwards), read inside the transaction. */
export const nextCallId = (trx: Transaction<FundingDb>) => allocateId(trx, 'calls', 'call');
/** The id after the highest allocation's (`ALL-0001` onwards), read inside the transaction. */
export const nextAllocationId = (trx: Transaction<FundingDb>) => allocateId(trx, 'allocations', 'allocation');

/**
 * Locks a funding source's row until the transaction ends, and returns it. Every write that
 * reserves or commits money under a source takes this lock first, so two of them cannot both
 * spend the same remaining budget. (A no-op update locks the row on both dialects; SQLite runs
 * one write transaction at a time anyway.)
 */
export async function lockSource(trx: Transaction<FundingDb>, id: string): Promise<FundingSourceRow | undefined> {
  await sql`update funding_sources set version = version where id = ${id}`.execute(trx);
  return sourceForWrite(trx, id);
}

/** A funding source, read inside the transaction (without a lock: for what never changes, such as its region). */
export async function sourceForWrite(trx: Transaction<FundingDb>, id: string): Promise<FundingSourceRow | undefined> {
  return trx.selectFrom('funding_sources').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A call with its derived status, read inside the transaction. */
export async function callForWrite(trx: Transaction<FundingDb>, id: string): Promise<CallRow | undefined> {
  const [call] = await callsById(trx, [id]);
  return call;
}

/** An allocation, read inside the transaction (after its version was claimed, so it is current). */
export async function allocationForWrite(trx: Transaction<FundingDb>, id: string): Promise<AllocationRow | undefined> {
  return trx.selectFrom('allocations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The stored fields of a row the audit log compares: JSON columns as values, money as integer cents. */
function auditable(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'version' || key === 'id' || key === 'status' || value === undefined) continue;
    if (typeof value === 'string' && (key.endsWith('_i18n') || key === 'eligible_beneficiaries')) out[key] = JSON.parse(value);
    // PostgreSQL's BIGINT arrives as a number already (lib/db), but compare numbers with numbers.
    else out[key] = key.endsWith('_cents') && value !== null ? Number(value) : value;
  }
  return out;
}

export async function insertCall(trx: Transaction<FundingDb>, id: string, values: CallValues): Promise<FieldChange[]> {
  await trx
    .insertInto('calls')
    .values({ ...values, id })
    .execute();
  return changesBetween(undefined, auditable(values));
}

/** Updates the columns of `values` (the call's version was claimed before); returns what changed. */
export async function updateCall(trx: Transaction<FundingDb>, before: CallTableRow, values: Updateable<CallTable>): Promise<FieldChange[]> {
  if (Object.keys(values).length > 0) await trx.updateTable('calls').set(values).where('id', '=', before.id).execute();
  return changesBetween(auditable(before), auditable(values));
}

export async function insertAllocation(trx: Transaction<FundingDb>, id: string, values: AllocationValues): Promise<FieldChange[]> {
  await trx
    .insertInto('allocations')
    .values({ ...values, id })
    .execute();
  return changesBetween(undefined, auditable(values));
}

/** Updates the columns of `values` (the allocation's version was claimed before); returns what changed. */
export async function updateAllocation(
  trx: Transaction<FundingDb>,
  before: AllocationRow,
  values: Updateable<AllocationTable>,
): Promise<FieldChange[]> {
  await trx.updateTable('allocations').set(values).where('id', '=', before.id).execute();
  return changesBetween(auditable(before), auditable(values));
}
