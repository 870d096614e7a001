import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { checkFilter } from './input.js';

export const Region: RegionResolvers = {
  // Only the key is needed here: no query, whatever the number of references.
  __resolveReference: (reference) => ({ code: reference.code }),
  associations: (region, { filter, ...args }, { loaders }) =>
    loadConnection(args, (page) => loaders.associationsOfRegion.load(region.code, checkFilter(filter), page)),
  associationCountsByCommunity: (region, { filter }, { loaders }) =>
    loaders.countsByCommunityOfRegion.load(region.code, checkFilter(filter)),
};
