import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { checkFilter } from './arguments.js';

// Region is the territories subgraph's entity; this subgraph adds its pilot actions by key only.
export const Region: RegionResolvers = {
  __resolveReference: (reference) => ({ code: reference.code }),
  pilotActions: (region, { filter, ...args }, { loaders }) =>
    loadConnection(args, (page) => loaders.actionsOfRegion.load(region.code, checkFilter(filter), page)),
};
