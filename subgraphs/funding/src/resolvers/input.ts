/**
 * Validation of arguments. A malformed id, code or amount is bad input (`BAD_USER_INPUT` naming
 * the argument); a well-formed id that matches nothing simply finds nothing.
 */
import { badUserInput } from '../../../../lib/errors.js';
import { checkId } from '../../../../lib/ids.js';
import { checkOptionalIstatCode } from '../../../../lib/istat.js';
import type {
  AllocationFilter as AllocationFilterInput,
  CallFilter as CallFilterInput,
  FundingSourceFilter as FundingSourceFilterInput,
} from '../__generated__/resolvers-types.js';
import type { FundingSourceFilter } from '../data/fundingSources.repository.js';
import type { CallFilter } from '../data/calls.repository.js';
import type { AllocationFilter } from '../data/allocations.repository.js';

/** Longest accepted `nameContains`: names are short, and a longer pattern is a client error. */
const MAX_NAME_FRAGMENT = 100;

// The id formats are the graph's (lib/ids.ts), this subgraph's and the pilot actions' alike.
export const checkSourceId = (argument: string, value: string) => checkId(argument, value, 'fundingSource');
export const checkCallId = (argument: string, value: string) => checkId(argument, value, 'call');
export const checkAllocationId = (argument: string, value: string) => checkId(argument, value, 'allocation');
export const checkPilotActionId = (argument: string, value: string) =>
  checkId(argument, value, 'pilotAction');

/** An amount in cents (already parsed by the Money scalar) that must not be negative. */
export function checkAmount(argument: string, cents: number): number {
  if (cents < 0) throw badUserInput(argument, 'must not be negative');
  return cents;
}

/** Empty lists mean "no restriction", like absent ones, so clients can pass their selection unchanged. */
function list<T>(values: readonly T[] | null | undefined): T[] | null {
  return values?.length ? [...new Set(values)] : null;
}

/** Validates a `FundingSourceFilter`, naming the wrong field as `<argument>.<field>`. */
export function checkSourceFilter(
  filter: FundingSourceFilterInput | null | undefined,
  argument = 'filter',
): FundingSourceFilter {
  if (!filter) return {};
  if (filter.nameContains != null && filter.nameContains.length > MAX_NAME_FRAGMENT) {
    throw badUserInput(`${argument}.nameContains`, `must be at most ${MAX_NAME_FRAGMENT} characters long`);
  }
  return {
    levels: list(filter.levels),
    kind: filter.kind ?? null,
    priorities: list(filter.priorities),
    programmingPeriod: filter.programmingPeriod ?? null,
    nameContains: filter.nameContains || null,
    regionCode: checkOptionalIstatCode(`${argument}.regionCode`, filter.regionCode, 'region'),
  };
}

/** Validates a `CallFilter`, naming the wrong field as `<argument>.<field>`. */
export function checkCallFilter(filter: CallFilterInput | null | undefined, argument = 'filter'): CallFilter {
  if (!filter) return {};
  return {
    fundingSourceId:
      filter.fundingSourceId == null
        ? null
        : checkSourceId(`${argument}.fundingSourceId`, filter.fundingSourceId),
    statuses: list(filter.statuses),
  };
}

/** Validates an `AllocationFilter`: ids, region code and a non-negative, ordered committed range. */
export function checkAllocationFilter(
  filter: AllocationFilterInput | null | undefined,
  argument = 'filter',
): AllocationFilter {
  if (!filter) return {};
  const atLeast =
    filter.committedAtLeast == null
      ? null
      : checkAmount(`${argument}.committedAtLeast`, filter.committedAtLeast);
  const atMost =
    filter.committedAtMost == null
      ? null
      : checkAmount(`${argument}.committedAtMost`, filter.committedAtMost);
  if (atLeast != null && atMost != null && atMost < atLeast) {
    throw badUserInput(`${argument}.committedAtMost`, 'must not be less than committedAtLeast');
  }
  return {
    fundingSourceId:
      filter.fundingSourceId == null
        ? null
        : checkSourceId(`${argument}.fundingSourceId`, filter.fundingSourceId),
    callId: filter.callId == null ? null : checkCallId(`${argument}.callId`, filter.callId),
    pilotActionId:
      filter.pilotActionId == null
        ? null
        : checkPilotActionId(`${argument}.pilotActionId`, filter.pilotActionId),
    regionCode: checkOptionalIstatCode(`${argument}.regionCode`, filter.regionCode, 'region'),
    committedAtLeast: atLeast,
    committedAtMost: atMost,
  };
}
