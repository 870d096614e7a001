/**
 * The figures the writes check money against, read inside the write's transaction after the
 * source's row was locked (`lockSource`), so they cannot change before the write commits.
 *
 * A source's money is either reserved by its calls (their budgets) or committed directly to pilot
 * actions (allocations without a call); what remains is the rest. A call's money is committed by
 * the allocations made through it. The seed keeps both within bounds.
 */
import { sql, type Transaction } from 'kysely';
import type { FundingDb, FundingSourceRow } from './tables.js';

const sumOf = (column: string) => sql<number>`coalesce(sum(${sql.ref(column)}), 0)`;

/** What remains of a source's total budget, in cents; `exceptCallId`'s budget is left out (it is being changed). */
export async function sourceRemaining(trx: Transaction<FundingDb>, source: FundingSourceRow, exceptCallId?: string): Promise<number> {
  let calls = trx.selectFrom('calls').select(sumOf('budget_cents').as('total')).where('funding_source_id', '=', source.id);
  if (exceptCallId !== undefined) calls = calls.where('id', '!=', exceptCallId);
  const reserved = await calls.executeTakeFirstOrThrow();
  const direct = await trx
    .selectFrom('allocations')
    .select(sumOf('committed_cents').as('total'))
    .where('funding_source_id', '=', source.id)
    .where('call_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(source.total_budget_cents) - Number(reserved.total) - Number(direct.total);
}

/** What was committed through a call, in cents. */
export async function committedThroughCall(trx: Transaction<FundingDb>, callId: string): Promise<number> {
  const row = await trx.selectFrom('allocations').select(sumOf('committed_cents').as('total')).where('call_id', '=', callId).executeTakeFirstOrThrow();
  return Number(row.total);
}
