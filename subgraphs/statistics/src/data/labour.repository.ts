/** Queries of the labour-market data set; one statement each, for many regions at once. */
import type { Kysely } from 'kysely';
import type { LabourMarketRow, StatisticsDb } from './tables.js';

/** The figures of many regions in `year`, or in the latest year held when null; in region order. */
export async function labourOf(db: Kysely<StatisticsDb>, regionCodes: readonly string[] | null, year: number | null): Promise<LabourMarketRow[]> {
  let query = db.selectFrom('labour_market').selectAll();
  if (regionCodes !== null) query = query.where('region_code', 'in', regionCodes);
  query =
    year === null
      ? query.where((eb) => eb('year', '=', eb.selectFrom('labour_market as latest').select((l) => l.fn.max('latest.year').as('year'))))
      : query.where('year', '=', year);
  return query.orderBy('region_code').execute();
}

/** Every year of many regions, by region then oldest year first. */
export async function seriesOf(db: Kysely<StatisticsDb>, regionCodes: readonly string[]): Promise<LabourMarketRow[]> {
  return db.selectFrom('labour_market').selectAll().where('region_code', 'in', regionCodes).orderBy('region_code').orderBy('year').execute();
}
