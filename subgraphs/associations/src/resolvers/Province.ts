import type { ProvinceResolvers } from '../__generated__/resolvers-types.js';
import { parsePage, toConnection } from '../../../../lib/pagination.js';
import { checkFilter } from './input.js';

export const Province: ProvinceResolvers = {
  // Only the key is needed here: no query, whatever the number of references.
  __resolveReference: (reference) => ({ code: reference.code }),
  associations: async (province, { filter, ...args }, { loaders }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await loaders.associationsOfProvince.load(province.code, checkFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
};
