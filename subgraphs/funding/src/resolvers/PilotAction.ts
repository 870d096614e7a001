import type { PilotActionResolvers } from '../__generated__/resolvers-types.js';

export const PilotAction: PilotActionResolvers = {
  // The action is owned by pilot-actions: any id the gateway sends gets its funding (zero when none).
  __resolveReference: (reference) => ({ id: reference.id }),
  funding: (action) => ({ pilotActionId: action.id }),
};
