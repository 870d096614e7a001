import type { CommunityResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';

export const Community: CommunityResolvers = {
  // The key is all this subgraph needs: no query, whatever the number of references.
  __resolveReference: (reference) => ({ code: reference.code }),
  reports: (community, _args, { loaders }) => loaders.reportsOfCommunity.load(community.code),
  latestReport: async (community, _args, { loaders }) =>
    (await loaders.reportsOfCommunity.load(community.code))[0] ?? null,
  events: (community, args, { loaders }) =>
    loadConnection(args, (page) => loaders.eventsOfCommunity.load(community.code, null, page)),
};
