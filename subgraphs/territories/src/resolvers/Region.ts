import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { parsePage, toConnection } from '../../../../lib/pagination.js';
import { checkMunicipalityFilter } from './Query.js';

export const Region: RegionResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.region.load(reference.code),
  name: (region, { lang }, { locale }) => localize(parseTexts(region.name_i18n), lang, locale),
  provinces: async (region, args, { loaders }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await loaders.provincesOfRegion.load(region.code, {}, page);
    return toConnection(rows, page, totalCount);
  },
  municipalities: async (region, { filter, ...args }, { loaders }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await loaders.municipalitiesOfRegion.load(region.code, checkMunicipalityFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
};
