import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { parsePage, toConnection } from '../../../../lib/pagination.js';
import { checkFilter } from './input.js';

export const Region: RegionResolvers = {
  // Only the key is needed here: no query, whatever the number of references.
  __resolveReference: (reference) => ({ code: reference.code }),
  associations: async (region, { filter, ...args }, { loaders }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await loaders.associationsOfRegion.load(region.code, checkFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
  associationCountsByCommunity: (region, { filter }, { loaders }) => loaders.countsByCommunityOfRegion.load(region.code, checkFilter(filter)),
};
