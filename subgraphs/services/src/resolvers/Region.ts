import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { pagedServices } from './input.js';

export const Region: RegionResolvers = {
  // The representation is all this subgraph needs: no query to resolve the reference.
  __resolveReference: (reference) => ({ code: reference.code }),
  services: (region, args, { loaders }) => pagedServices(loaders.servicesOfRegion, region.code, args),
  serviceCountsByArea: (region, _args, { loaders }) => loaders.areaCountsOfRegion.load(region.code),
};
