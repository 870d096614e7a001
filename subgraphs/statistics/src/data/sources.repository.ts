/** The provenance of the data sets: a handful of rows, read whole. */
import type { Kysely } from 'kysely';
import type { DataSourceRow, StatisticsDb } from './tables.js';

/** Every data set's provenance. */
export async function allSources(db: Kysely<StatisticsDb>): Promise<DataSourceRow[]> {
  return db.selectFrom('data_sources').selectAll().execute();
}
