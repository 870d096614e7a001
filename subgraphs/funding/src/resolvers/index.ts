import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../../../lib/scalars.js';
import { Query } from './Query.js';
import { FundingSource } from './FundingSource.js';
import { Call } from './Call.js';
import { Allocation } from './Allocation.js';
import { PilotAction } from './PilotAction.js';
import { PilotActionFunding } from './PilotActionFunding.js';
import { SourceFunding } from './SourceFunding.js';
import { createMutation, type MutationDeps } from './Mutation.js';
import { AuditEntry } from './AuditEntry.js';

/** The resolver map, with the writes' dependencies. */
export function createResolvers(deps: MutationDeps): Resolvers {
  return {
    Money: MoneyScalar,
    Date: DateScalar,
    DateTime: DateTimeScalar,
    Query,
    Mutation: createMutation(deps),
    AuditEntry,
    FundingSource,
    Call,
    Allocation,
    PilotAction,
    PilotActionFunding,
    SourceFunding,
  };
}
