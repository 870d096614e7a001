import type { ProvinceResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { checkMunicipalityFilter } from './Query.js';

export const Province: ProvinceResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.province.load(reference.code),
  isMetropolitanCity: (province) => province.is_metropolitan_city === 1,
  region: async (province, _args, { loaders }) => {
    const region = await loaders.region.load(province.region_code);
    if (!region)
      throw new Error(`province ${province.code} refers to missing region ${province.region_code}`);
    return region;
  },
  municipalities: (province, { filter, ...args }, { loaders }) =>
    loadConnection(args, (page) =>
      loaders.municipalitiesOfProvince.load(province.code, checkMunicipalityFilter(filter), page),
    ),
};
