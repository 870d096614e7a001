import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { parsePage, toConnection } from '../../../../lib/pagination.js';
import { checkFilter } from './arguments.js';

// Region is the territories subgraph's entity; this subgraph adds its pilot actions by key only.
export const Region: RegionResolvers = {
  __resolveReference: (reference) => ({ code: reference.code }),
  pilotActions: async (region, { filter, ...args }, { loaders }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await loaders.actionsOfRegion.load(region.code, checkFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
};
