import type { MunicipalityResolvers } from '../__generated__/resolvers-types.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.municipality.load(reference.istatCode),
  istatCode: (municipality) => municipality.istat_code,
  isProvincialCapital: (municipality) => municipality.is_provincial_capital === 1,
  province: async (municipality, _args, { loaders }) => {
    const province = await loaders.province.load(municipality.province_code);
    if (!province) throw new Error(`municipality ${municipality.istat_code} refers to missing province`);
    return province;
  },
  region: async (municipality, _args, { loaders }) => {
    const region = await loaders.region.load(municipality.region_code);
    if (!region) throw new Error(`municipality ${municipality.istat_code} refers to missing region`);
    return region;
  },
};
