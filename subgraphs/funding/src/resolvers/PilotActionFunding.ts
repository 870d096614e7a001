import type { PilotActionFundingResolvers } from '../__generated__/resolvers-types.js';

/** Every figure is an SQL aggregate, batched over all the actions of the request. */
export const PilotActionFunding: PilotActionFundingResolvers = {
  committed: async ({ pilotActionId }, _args, { loaders }) =>
    (await loaders.actionSums.load(pilotActionId)).committed,
  spent: async ({ pilotActionId }, _args, { loaders }) =>
    (await loaders.actionSums.load(pilotActionId)).spent,
  bySource: ({ pilotActionId }, _args, { loaders }) => loaders.actionSumsBySource.load(pilotActionId),
  allocations: ({ pilotActionId }, _args, { loaders }) => loaders.actionAllocations.load(pilotActionId),
};
