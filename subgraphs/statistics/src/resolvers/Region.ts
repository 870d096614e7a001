import { checkOptionalCountryCode } from '../../../../lib/iso3166.js';
import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import {
  checkCount,
  checkMonth,
  checkYear,
  MAX_CITIZENSHIPS,
  MAX_MONTHS,
  DEFAULT_FIRST,
  DEFAULT_MONTHS,
} from './arguments.js';

// Region is the territories subgraph's entity; this subgraph adds its figures by key only. An
// unknown region has no figures: null, or empty lists.
export const Region: RegionResolvers = {
  __resolveReference: (reference) => ({ code: reference.code }),
  residents: (region, { year, citizenship }, { loaders }) =>
    loaders.regionResidents.load(region.code, {
      year: checkYear('year', year),
      citizenship: checkOptionalCountryCode('citizenship', citizenship),
    }),
  residentsByCitizenship: async (region, { year, first }, { loaders }) => {
    const count = checkCount('first', first, 0, MAX_CITIZENSHIPS, DEFAULT_FIRST);
    const all = await loaders.regionCitizenships.load(region.code, checkYear('year', year));
    return all.slice(0, count);
  },
  unaccompaniedMinors: (region, { months, until }, { loaders }) =>
    loaders.regionMinors.load(region.code, {
      months: checkCount('months', months, 1, MAX_MONTHS, DEFAULT_MONTHS),
      until: checkMonth('until', until),
      from: null,
    }),
  labourMarket: (region, { year }, { loaders }) =>
    loaders.regionLabour.load(region.code, checkYear('year', year)),
  labourMarketSeries: (region, _args, { loaders }) => loaders.regionLabourSeries.load(region.code),
};
