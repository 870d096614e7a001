import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { checkMunicipalityFilter } from './Query.js';

export const Region: RegionResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.region.load(reference.code),
  name: (region, { lang }, { locale }) => localize(parseTexts(region.name_i18n), lang, locale),
  provinces: (region, args, { loaders }) =>
    loadConnection(args, (page) => loaders.provincesOfRegion.load(region.code, {}, page)),
  municipalities: (region, { filter, ...args }, { loaders }) =>
    loadConnection(args, (page) =>
      loaders.municipalitiesOfRegion.load(region.code, checkMunicipalityFilter(filter), page),
    ),
};
