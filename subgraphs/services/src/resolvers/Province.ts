import type { ProvinceResolvers } from '../__generated__/resolvers-types.js';
import { pagedServices } from './input.js';

export const Province: ProvinceResolvers = {
  // The representation is all this subgraph needs: no query to resolve the reference.
  __resolveReference: (reference) => ({ code: reference.code }),
  services: (province, args, { loaders }) => pagedServices(loaders.servicesOfProvince, province.code, args),
  serviceCountsByArea: (province, _args, { loaders }) => loaders.areaCountsOfProvince.load(province.code),
};
