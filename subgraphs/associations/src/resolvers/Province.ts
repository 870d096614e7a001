import type { ProvinceResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { checkFilter } from './input.js';

export const Province: ProvinceResolvers = {
  // Only the key is needed here: no query, whatever the number of references.
  __resolveReference: (reference) => ({ code: reference.code }),
  associations: (province, { filter, ...args }, { loaders }) =>
    loadConnection(args, (page) =>
      loaders.associationsOfProvince.load(province.code, checkFilter(filter), page),
    ),
};
