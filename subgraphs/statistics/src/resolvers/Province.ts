import { checkOptionalCountryCode } from '../../../../lib/iso3166.js';
import type { ProvinceResolvers } from '../__generated__/resolvers-types.js';
import { checkCount, checkYear, MAX_CITIZENSHIPS, DEFAULT_FIRST } from './arguments.js';

// Province is the territories subgraph's entity; this subgraph adds its residents by key only.
export const Province: ProvinceResolvers = {
  __resolveReference: (reference) => ({ code: reference.code }),
  residents: (province, { year, citizenship }, { loaders }) =>
    loaders.provinceResidents.load(province.code, {
      year: checkYear('year', year),
      citizenship: checkOptionalCountryCode('citizenship', citizenship),
    }),
  residentsByCitizenship: async (province, { year, first }, { loaders }) => {
    const count = checkCount('first', first, 0, MAX_CITIZENSHIPS, DEFAULT_FIRST);
    const all = await loaders.provinceCitizenships.load(province.code, checkYear('year', year));
    return all.slice(0, count);
  },
};
