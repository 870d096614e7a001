import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { formatCents } from '../../../../lib/scalars.js';
import { InputCheck } from '../../../../lib/writes/input.js';
import {
  claimVersion,
  notFound,
  requireWriter,
  runWrite,
  type WriteRule,
} from '../../../../lib/writes/write.js';
import * as writes from '../data/funding.writes.js';
import { committedThroughCall, sourceRemaining } from '../data/funding.budgets.js';
import { checkAllocationId, checkCallId } from './input.js';
import { checkAllocate, checkOpenCall, checkUpdateCall } from './writeInput.js';
import {
  actionRegion,
  callOfSource,
  leadRegionFor,
  requireSourceRegion,
  withinBudget,
  writableSource,
} from './writeRules.js';
import type { LeadRegions } from '../data/pilotActionRegions.js';

/** What the writes need beyond the database. */
export interface MutationDeps {
  /** Where a pilot action's lead region is asked (its owner, through the graph). */
  readonly leadRegions: LeadRegions;
}

/** Sources, calls and allocations belong to the managing authorities' partner; a regional token writes only under its region's sources. */
const RULE: WriteRule = { partner: 'funding', scope: 'funding:write' };

/*
 * Lock order: a write that reserves or commits money locks the source's row first (writableSource,
 * lockSource), then claims the call's version; always in that order, so two writes never wait on
 * each other in a cycle. Recording spending moves no budget: it locks only the allocation, by
 * claiming its version.
 */
export function createMutation({ leadRegions }: MutationDeps): MutationResolvers {
  return {
    openCall: async (_parent, { input }, { db, caller, requestId }) => {
      const writer = requireWriter(caller, RULE);
      return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
        const check = new InputCheck();
        const fields = checkOpenCall(check, input);
        const source = await writableSource(
          trx,
          check,
          writer,
          'input.fundingSourceId',
          input.fundingSourceId,
        );
        if (source && fields.budget_cents !== undefined) {
          withinBudget(
            check,
            'input.budget',
            fields.budget_cents,
            await sourceRemaining(trx, source),
            `the budget of ${source.id}`,
          );
        }
        check.done();
        // Every field was checked above: done() threw if any was missing.
        const id = await writes.nextCallId(trx);
        const changes = await writes.insertCall(trx, id, {
          ...fields,
          funding_source_id: source!.id,
        } as writes.CallValues);
        audit({ action: 'openCall', entityType: 'Call', entityId: id, region: source!.region_code, changes });
        return (await writes.callForWrite(trx, id))!;
      });
    },

    updateCall: async (_parent, { id, expectedVersion, input }, { db, caller, requestId }) => {
      const writer = requireWriter(caller, RULE);
      checkCallId('id', id);
      return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
        // A call never changes source, so reading it before the lock is safe; the version is claimed after.
        const current = await writes.callForWrite(trx, id);
        if (!current) throw notFound('id', `Call ${id}`);
        const source = (await writes.lockSource(trx, current.funding_source_id))!;
        requireSourceRegion(writer, source);
        await claimVersion(trx, { table: 'calls', id, idField: 'id', what: `Call ${id}` }, expectedVersion);
        const before = (await writes.callForWrite(trx, id))!;
        const check = new InputCheck();
        const values = checkUpdateCall(check, input, before);
        const budget = values.budget_cents;
        if (budget !== undefined) {
          const committed = await committedThroughCall(trx, id);
          check.expect(
            budget >= committed,
            'input.budget',
            `${formatCents(budget)} is less than what was already committed through the call: ${formatCents(committed)}`,
          );
          // Lowering a budget frees money; only raising it needs money left in the source.
          if (budget > Number(before.budget_cents))
            withinBudget(
              check,
              'input.budget',
              budget,
              await sourceRemaining(trx, source, id),
              `the budget of ${source.id}`,
            );
        }
        check.done();
        const changes = await writes.updateCall(trx, before, values);
        audit({
          action: 'updateCall',
          entityType: 'Call',
          entityId: id,
          region: source.region_code,
          changes,
        });
        return (await writes.callForWrite(trx, id))!;
      });
    },

    allocateToPilotAction: async (_parent, { input }, { db, caller, requestId }) => {
      const writer = requireWriter(caller, RULE);
      // The owner's answer, before the transaction: a region-limited caller is refused here for an
      // action its region does not lead, whatever earlier allocations of the action say.
      const lead = await leadRegionFor(leadRegions, writer, input.pilotActionId);
      return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
        const check = new InputCheck();
        const fields = checkAllocate(check, input);
        const source = await writableSource(
          trx,
          check,
          writer,
          'input.fundingSourceId',
          input.fundingSourceId,
        );
        const call =
          input.callId == null
            ? undefined
            : await callOfSource(trx, check, 'input.callId', input.callId, source);
        const region = actionRegion(check, input.pilotActionId, lead, source);
        if (fields.committed !== undefined && call) {
          const remaining = Number(call.budget_cents) - (await committedThroughCall(trx, call.id));
          withinBudget(check, 'input.committed', fields.committed, remaining, `the budget of ${call.id}`);
        } else if (fields.committed !== undefined && source && input.callId == null) {
          withinBudget(
            check,
            'input.committed',
            fields.committed,
            await sourceRemaining(trx, source),
            `the budget of ${source.id}`,
          );
        }
        check.done();
        // Source, action, region and sum were all checked above: done() threw if any was missing.
        const id = await writes.nextAllocationId(trx);
        const changes = await writes.insertAllocation(trx, id, {
          funding_source_id: source!.id,
          call_id: call?.id ?? null,
          pilot_action_id: fields.pilotActionId!,
          region_code: region!,
          committed_cents: fields.committed!,
          spent_cents: 0,
          starts_on: fields.startsOn,
          ends_on: fields.endsOn,
        });
        audit({
          action: 'allocateToPilotAction',
          entityType: 'Allocation',
          entityId: id,
          region: region!,
          changes,
        });
        return (await writes.allocationForWrite(trx, id))!;
      });
    },

    recordSpending: async (
      _parent,
      { allocationId, expectedVersion, amount, spentOn },
      { db, caller, requestId },
    ) => {
      const writer = requireWriter(caller, RULE);
      checkAllocationId('allocationId', allocationId);
      return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
        // Whose it is never changes: check that before telling the caller anything about versions.
        const current = await writes.allocationForWrite(trx, allocationId);
        if (!current) throw notFound('allocationId', `Allocation ${allocationId}`);
        const source = (await writes.sourceForWrite(trx, current.funding_source_id))!;
        requireSourceRegion(writer, source);
        // Claiming the version locks the row: the spent figure read next cannot move before commit.
        await claimVersion(
          trx,
          {
            table: 'allocations',
            id: allocationId,
            idField: 'allocationId',
            what: `Allocation ${allocationId}`,
          },
          expectedVersion,
        );
        const before = (await writes.allocationForWrite(trx, allocationId))!;
        const committed = Number(before.committed_cents);
        const spent = Number(before.spent_cents);
        const check = new InputCheck();
        if (check.expect(amount > 0, 'amount', 'must be more than zero')) {
          const left = committed - spent;
          check.expect(
            amount <= left,
            'amount',
            `spending above what was committed: ${formatCents(committed)} committed, ${formatCents(spent)} already spent, at most ${formatCents(left)} more can be spent`,
          );
        }
        if (spentOn != null) {
          check.expect(
            spentOn >= before.starts_on,
            'spentOn',
            `must not be before the allocation starts (${before.starts_on}), got ${spentOn}`,
          );
          if (before.ends_on !== null)
            check.expect(
              spentOn <= before.ends_on,
              'spentOn',
              `must not be after the allocation ends (${before.ends_on}), got ${spentOn}`,
            );
        }
        check.done();
        const later = spentOn != null && (before.last_spent_on === null || spentOn > before.last_spent_on);
        const changes = await writes.updateAllocation(trx, before, {
          spent_cents: spent + amount,
          ...(later ? { last_spent_on: spentOn } : {}),
        });
        audit({
          action: 'recordSpending',
          entityType: 'Allocation',
          entityId: allocationId,
          region: before.region_code,
          changes,
        });
        return (await writes.allocationForWrite(trx, allocationId))!;
      });
    },
  };
}
