import type { CommunityResolvers } from '../__generated__/resolvers-types.js';
import { checkYear } from './arguments.js';

export const Community: CommunityResolvers = {
  // The territories subgraph owns communities; the key is all this one needs (no query, no check).
  __resolveReference: (reference) => ({ code: reference.code }),
  residents: (community, { year }, { loaders }) =>
    loaders.communityResidents.load(community.code, checkYear('year', year)),
};
