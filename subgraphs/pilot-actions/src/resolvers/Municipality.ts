import type { MunicipalityResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { checkFilter } from './arguments.js';

// Municipality is the territories subgraph's entity; this subgraph adds its pilot actions by key only.
export const Municipality: MunicipalityResolvers = {
  __resolveReference: (reference) => ({ istatCode: reference.istatCode }),
  pilotActions: (municipality, { filter, ...args }, { loaders }) =>
    loadConnection(args, (page) =>
      loaders.actionsOfMunicipality.load(municipality.istatCode, checkFilter(filter), page),
    ),
};
