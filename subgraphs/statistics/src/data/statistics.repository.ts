/** Queries of the statistics database. Plain functions taking `db` first; one statement each. */
import type { Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, type PageOfRows } from '../../../../lib/db/paging.js';
import type { StatisticsDb, StatisticRow } from './tables.js';

/** The rows with these ids, in any order; unknown ids are simply absent. */
export async function statisticsById(db: Kysely<StatisticsDb>, ids: readonly string[]): Promise<StatisticRow[]> {
  return db.selectFrom('statistics').selectAll().where('id', 'in', ids).execute();
}

/** One page of every row, in id order, with the total. */
export async function listStatistics(db: Kysely<StatisticsDb>, page: Page): Promise<PageOfRows<StatisticRow>> {
  return pageOf(db, db.selectFrom('statistics').selectAll(), [{ column: 'id' }], page);
}
