/**
 * Per-request DataLoaders: the fields of every Region, Province and Community of a request are
 * batched into one statement per field and set of arguments, whatever the number of entities (the
 * gateway sends `_entities` batches of hundreds). The data sets' provenance is read once per request.
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { argsLoader, byKey, groupByKey, type ArgsLoader } from '../../../../lib/loaders.js';
import { citizenshipFigures, communityFigures, labourFigure, minorsMonths } from './assemble.js';
import type { CitizenshipFigure, CommunityFigure, LabourFigure, MinorsMonthFigure, ResidentsFigure } from './figures.js';
import { DATASETS, type DataSourceRow, type StatisticsDb } from './tables.js';
import * as residents from './residents.repository.js';
import * as minors from './minors.repository.js';
import * as labour from './labour.repository.js';
import { allSources } from './sources.repository.js';

/** The DataLoaders of one request. */
export interface Loaders {
  /** A data set's provenance (all of them are read on the first call of the request). */
  source(id: string): Promise<DataSourceRow | null>;
  regionResidents: ArgsLoader<residents.ResidentsArgs, ResidentsFigure | null>;
  provinceResidents: ArgsLoader<residents.ResidentsArgs, ResidentsFigure | null>;
  /** Every citizenship of a region or province, largest first (fields slice their `first`). */
  regionCitizenships: ArgsLoader<number | null, CitizenshipFigure[]>;
  provinceCitizenships: ArgsLoader<number | null, CitizenshipFigure[]>;
  communityResidents: ArgsLoader<number | null, CommunityFigure | null>;
  regionMinors: ArgsLoader<minors.MonthWindow, MinorsMonthFigure[]>;
  regionLabour: ArgsLoader<number | null, LabourFigure | null>;
  regionLabourSeries: DataLoader<string, LabourFigure[]>;
}

function totalsLoader(db: Kysely<StatisticsDb>, level: residents.Level): ArgsLoader<residents.ResidentsArgs, ResidentsFigure | null> {
  return argsLoader(async (codes, args) => {
    const rows = byKey(codes, await residents.totalsOf(db, level, codes, args), (r) => r.code);
    return rows.map((row) =>
      row === null
        ? null
        : {
            year: row.year,
            community: args.citizenship === null ? null : { code: args.citizenship },
            total: row.total,
            women: row.women,
            source: { id: DATASETS.residents },
          },
    );
  });
}

function citizenshipsLoader(db: Kysely<StatisticsDb>, level: residents.Level): ArgsLoader<number | null, CitizenshipFigure[]> {
  return argsLoader(async (codes, year) => citizenshipFigures(codes, await residents.citizenshipsOf(db, level, codes, year)));
}

/** Builds one request's DataLoaders (`defineSubgraph` calls it per request). */
export function createLoaders(db: Kysely<StatisticsDb>): Loaders {
  let sources: Promise<Map<string, DataSourceRow>> | undefined;
  return {
    async source(id) {
      sources ??= allSources(db).then((rows) => new Map(rows.map((row) => [row.id, row])));
      return (await sources).get(id) ?? null;
    },
    regionResidents: totalsLoader(db, 'region_code'),
    provinceResidents: totalsLoader(db, 'province_code'),
    regionCitizenships: citizenshipsLoader(db, 'region_code'),
    provinceCitizenships: citizenshipsLoader(db, 'province_code'),
    communityResidents: argsLoader(async (codes, year) => communityFigures(codes, await residents.regionsOfCommunities(db, codes, year))),
    regionMinors: argsLoader(async (codes, window) => minorsMonths(codes, await minors.breakdowns(db, codes, window))),
    regionLabour: argsLoader(async (codes, year) =>
      byKey(codes, await labour.labourOf(db, codes, year), (r) => r.region_code).map((row) => (row ? labourFigure(row) : null)),
    ),
    regionLabourSeries: new DataLoader(async (codes) =>
      groupByKey(codes, await labour.seriesOf(db, codes), (r) => r.region_code).map((rows) => rows.map(labourFigure)),
    ),
  };
}
