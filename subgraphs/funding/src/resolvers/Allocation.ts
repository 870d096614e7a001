import type { AllocationResolvers } from '../__generated__/resolvers-types.js';

export const Allocation: AllocationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.allocation.load(reference.id),
  fundingSource: async (allocation, _args, { loaders }) => {
    const source = await loaders.fundingSource.load(allocation.funding_source_id);
    if (!source)
      throw new Error(`allocation ${allocation.id} refers to missing source ${allocation.funding_source_id}`);
    return source;
  },
  call: (allocation, _args, { loaders }) =>
    allocation.call_id ? loaders.call.load(allocation.call_id) : null,
  // A stub of pilot-actions' entity: the gateway resolves the rest there.
  pilotAction: (allocation) => ({ id: allocation.pilot_action_id }),
  committed: (allocation) => allocation.committed_cents,
  spent: (allocation) => allocation.spent_cents,
  startsOn: (allocation) => allocation.starts_on,
  endsOn: (allocation) => allocation.ends_on,
  lastSpentOn: (allocation) => allocation.last_spent_on,
};
