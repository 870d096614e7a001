import type { CommunityResolvers } from '../__generated__/resolvers-types.js';
import { languagesOf } from '../data/communityLanguages.js';
import { pagedServices } from './input.js';

export const Community: CommunityResolvers = {
  // The territories subgraph owns communities; the key is all this one needs (no query, no check).
  __resolveReference: (reference) => ({ code: reference.code }),
  languages: (community) => [...languagesOf(community.code)],
  // A community without known languages costs no statement: the loader leaves it out of the query.
  services: (community, args, { loaders }) =>
    pagedServices(loaders.servicesOfCommunity, community.code, args),
};
