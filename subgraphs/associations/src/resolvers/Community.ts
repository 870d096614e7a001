import type { CommunityResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { checkOptionalIstatCode } from '../../../../lib/istat.js';

export const Community: CommunityResolvers = {
  // The territories subgraph owns communities; the key is all this one needs (no query, no check).
  __resolveReference: (reference) => ({ code: reference.code }),
  associations: (community, { regionCode, ...args }, { loaders }) =>
    loadConnection(args, (page) => {
      const filter = { regionCode: checkOptionalIstatCode('regionCode', regionCode, 'region') };
      return loaders.associationsOfCommunity.load(community.code, filter, page);
    }),
};
