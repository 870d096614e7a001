import { checkOptionalCountryCode } from '../../../../lib/iso3166.js';
import type { QueryResolvers, ForeignResidentsFilter } from '../__generated__/resolvers-types.js';
import { badUserInput } from '../../../../lib/errors.js';
import { checkOptionalIstatCode } from '../../../../lib/istat.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { labourFigure, minorsMonths } from '../data/assemble.js';
import type { ResidentsRecord } from '../data/figures.js';
import { DATASETS, type ResidentFigureTable } from '../data/tables.js';
import type { ResidentsFilter } from '../data/residents.repository.js';
import * as residents from '../data/residents.repository.js';
import * as minors from '../data/minors.repository.js';
import * as labour from '../data/labour.repository.js';
import { checkMonth, checkYear, MAX_MONTHS } from './arguments.js';

/** Validates a `ForeignResidentsFilter`, naming the wrong field as `filter.<field>`. */
function checkFilter(filter: ForeignResidentsFilter | null | undefined): ResidentsFilter {
  return {
    year: checkYear('filter.year', filter?.year),
    regionCode: checkOptionalIstatCode('filter.regionCode', filter?.regionCode, 'region'),
    provinceCode: checkOptionalIstatCode('filter.provinceCode', filter?.provinceCode, 'province'),
    citizenship: checkOptionalCountryCode('filter.citizenship', filter?.citizenship),
  };
}

function record(row: ResidentFigureTable): ResidentsRecord {
  return {
    year: row.year,
    province: { code: row.province_code },
    region: { code: row.region_code },
    community: { code: row.citizenship },
    total: row.total,
    women: row.women,
    source: { id: DATASETS.residents },
  };
}

/** The root fields: lists over the whole country, filtered by territory where asked. */
export const Query: QueryResolvers = {
  residentYears: (_parent, _args, { db }) => residents.residentYears(db),
  foreignResidents: (_parent, { filter, ...args }, { db }) =>
    loadConnection(args, async (page) => {
      const result = await residents.listRecords(db, checkFilter(filter), page);
      return { ...result, rows: result.rows.map(record) };
    }),
  unaccompaniedMinors: async (_parent, args, { db }) => {
    const regionCode = checkOptionalIstatCode('regionCode', args.regionCode, 'region');
    const from = checkMonth('from', args.from);
    const until = checkMonth('until', args.until);
    if (from !== null && until !== null && from > until)
      throw badUserInput('from', `must not be after "until" (${args.until}), got "${args.from}"`);
    if (from !== null && until !== null && until - from >= MAX_MONTHS)
      throw badUserInput('from', `must be at most ${MAX_MONTHS} months before "until", got "${args.from}"`);
    const key = regionCode ?? 'IT';
    const rows = await minors.breakdowns(db, regionCode === null ? null : [regionCode], {
      until,
      from,
      months: MAX_MONTHS,
    });
    return minorsMonths([key], rows)[0] ?? [];
  },
  labourMarketIndicators: async (_parent, args, { db }) => {
    const regionCode = checkOptionalIstatCode('regionCode', args.regionCode, 'region');
    const rows = await labour.labourOf(
      db,
      regionCode === null ? null : [regionCode],
      checkYear('year', args.year),
    );
    return rows.map(labourFigure);
  },
};
