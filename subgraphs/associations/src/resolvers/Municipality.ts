import type { MunicipalityResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { checkFilter } from './input.js';

export const Municipality: MunicipalityResolvers = {
  // Only the key is needed here: no query, whatever the number of references.
  __resolveReference: (reference) => ({ istatCode: reference.istatCode }),
  associations: (municipality, { filter, ...args }, { loaders }) =>
    loadConnection(args, (page) =>
      loaders.associationsOfMunicipality.load(municipality.istatCode, checkFilter(filter), page),
    ),
};
