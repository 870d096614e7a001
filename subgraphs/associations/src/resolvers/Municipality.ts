import type { MunicipalityResolvers } from '../__generated__/resolvers-types.js';
import { parsePage, toConnection } from '../../../../lib/pagination.js';
import { checkFilter } from './input.js';

export const Municipality: MunicipalityResolvers = {
  // Only the key is needed here: no query, whatever the number of references.
  __resolveReference: (reference) => ({ istatCode: reference.istatCode }),
  associations: async (municipality, { filter, ...args }, { loaders }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await loaders.associationsOfMunicipality.load(municipality.istatCode, checkFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
};
