import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import * as repo from '../data/territories.repository.js';
import { checkIstatCode, checkOptionalIstatCode } from '../../../../lib/istat.js';
import { checkCountryKey } from '../../../../lib/iso3166.js';
import { findCommunity, listCommunities } from '../data/communities.js';

export const Query: QueryResolvers = {
  region: (_parent, { code }, { loaders }) => loaders.region.load(checkIstatCode('code', code, 'region')),
  regions: (_parent, args, { db }) => loadConnection(args, (page) => repo.listRegions(db, page)),
  province: (_parent, { code }, { loaders }) =>
    loaders.province.load(checkIstatCode('code', code, 'province')),
  provinceByAbbreviation: async (_parent, { abbreviation }, { db }) =>
    (await repo.provinceByAbbreviation(db, abbreviation)) ?? null,
  provinces: (_parent, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => {
      const regionCode = checkOptionalIstatCode('filter.regionCode', filter?.regionCode, 'region');
      return repo.listProvinces(db, { ...filter, regionCode }, page);
    }),
  municipality: (_parent, { istatCode }, { loaders }) =>
    loaders.municipality.load(checkIstatCode('istatCode', istatCode, 'municipality')),
  municipalities: (_parent, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => repo.listMunicipalities(db, checkMunicipalityFilter(filter), page)),
  community: (_parent, { code }) => findCommunity(checkCountryKey('code', code)) ?? null,
  communities: (_parent, args) => loadConnection(args, (page) => Promise.resolve(listCommunities(page))),
};

/** Validates the codes of a municipality filter, naming the argument that is wrong. */
export function checkMunicipalityFilter(
  filter: repo.MunicipalityFilter | null | undefined,
): repo.MunicipalityFilter {
  return {
    regionCode: checkOptionalIstatCode('filter.regionCode', filter?.regionCode, 'region'),
    provinceCode: checkOptionalIstatCode('filter.provinceCode', filter?.provinceCode, 'province'),
    nameContains: filter?.nameContains ?? null,
  };
}
