import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { parsePage, toConnection } from '../../../../lib/pagination.js';
import * as repo from '../data/territories.repository.js';
import { checkCode } from './codes.js';

export const Query: QueryResolvers = {
  region: (_parent, { code }, { loaders }) => loaders.region.load(checkCode('code', code, 2)),
  regions: async (_parent, args, { db }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await repo.listRegions(db, page);
    return toConnection(rows, page, totalCount);
  },
  province: (_parent, { code }, { loaders }) => loaders.province.load(checkCode('code', code, 3)),
  provinceByAbbreviation: async (_parent, { abbreviation }, { db }) => (await repo.provinceByAbbreviation(db, abbreviation)) ?? null,
  provinces: async (_parent, { filter, ...args }, { db }) => {
    const page = parsePage(args);
    const regionCode = filter?.regionCode == null ? null : checkCode('filter.regionCode', filter.regionCode, 2);
    const { rows, totalCount } = await repo.listProvinces(db, { ...filter, regionCode }, page);
    return toConnection(rows, page, totalCount);
  },
  municipality: (_parent, { istatCode }, { loaders }) => loaders.municipality.load(checkCode('istatCode', istatCode, 6)),
  municipalities: async (_parent, { filter, ...args }, { db }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await repo.listMunicipalities(db, checkMunicipalityFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
};

/** Validates the codes of a municipality filter, naming the argument that is wrong. */
export function checkMunicipalityFilter(filter: repo.MunicipalityFilter | null | undefined): repo.MunicipalityFilter {
  return {
    regionCode: filter?.regionCode == null ? null : checkCode('filter.regionCode', filter.regionCode, 2),
    provinceCode: filter?.provinceCode == null ? null : checkCode('filter.provinceCode', filter.provinceCode, 3),
    nameContains: filter?.nameContains ?? null,
  };
}
