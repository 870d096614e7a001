import type { MunicipalityResolvers } from '../__generated__/resolvers-types.js';
import { parsePage, toConnection } from '../../../../lib/pagination.js';
import { checkFilter } from './arguments.js';

// Municipality is the territories subgraph's entity; this subgraph adds its pilot actions by key only.
export const Municipality: MunicipalityResolvers = {
  __resolveReference: (reference) => ({ istatCode: reference.istatCode }),
  pilotActions: async (municipality, { filter, ...args }, { loaders }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await loaders.actionsOfMunicipality.load(municipality.istatCode, checkFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
};
