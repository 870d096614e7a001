import type { MunicipalityResolvers } from '../__generated__/resolvers-types.js';
import { pagedServices } from './input.js';

export const Municipality: MunicipalityResolvers = {
  // The representation is all this subgraph needs: no query to resolve the reference.
  __resolveReference: (reference) => ({ istatCode: reference.istatCode }),
  services: (municipality, args, { loaders }) =>
    pagedServices(loaders.servicesOfMunicipality, municipality.istatCode, args),
  serviceCountsByArea: (municipality, _args, { loaders }) =>
    loaders.areaCountsOfMunicipality.load(municipality.istatCode),
};
