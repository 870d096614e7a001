/** Queries of the content database. Plain functions taking `db` first; one statement each. */
import type { Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, type PageOfRows } from '../../../../lib/db/paging.js';
import type { ContentDb, ContentRow } from './tables.js';

/** The rows with these ids, in any order; unknown ids are simply absent. */
export async function contentById(db: Kysely<ContentDb>, ids: readonly string[]): Promise<ContentRow[]> {
  return db.selectFrom('content').selectAll().where('id', 'in', ids).execute();
}

/** One page of every row, in id order, with the total. */
export async function listContentList(db: Kysely<ContentDb>, page: Page): Promise<PageOfRows<ContentRow>> {
  return pageOf(db, db.selectFrom('content').selectAll(), [{ column: 'id' }], page);
}
