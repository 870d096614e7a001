/**
 * Pages of rows in one SQL statement, on both dialects, with window functions: the rows of the
 * requested page and the total size of the list, for one list or for many parents at once (the
 * batch a DataLoader collects). That keeps a request's statement count independent of how many
 * parents it touches.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Page } from '../pagination.js';

export interface PageOfRows<Row> {
  readonly rows: Row[];
  readonly totalCount: number;
}

export interface OrderTerm {
  /** Column reference, e.g. `services.name_search`. */
  readonly column: string;
  /** @default 'asc' */
  readonly direction?: 'asc' | 'desc';
}

type WindowRow = { __rn: number; __total: number; __parent: string | null };

function orderClause(order: readonly OrderTerm[]) {
  return sql.join(
    order.map((o) => sql`${sql.ref(o.column)} ${sql.raw(o.direction === 'desc' ? 'desc' : 'asc')}`),
  );
}

/**
 * Runs `base` (filtered, with its columns selected) once and splits the result by `parentColumn`,
 * (or, when it is null, treats the whole result as one list) returning each parent's page and total. Parents with no rows are absent from the map.
 * The first row of every partition is always fetched so its total is known even past the end.
 */
export async function pagesByParent<DB, TB extends keyof DB, Row>(
  db: Kysely<DB>,
  base: SelectQueryBuilder<DB, TB, Row>,
  parentColumn: string | null,
  order: readonly OrderTerm[],
  page: Page,
): Promise<Map<string, PageOfRows<Row>>> {
  const partition = parentColumn === null ? sql`` : sql`partition by ${sql.ref(parentColumn)}`;
  const parent = parentColumn === null ? sql<string>`'all'` : sql<string>`${sql.ref(parentColumn)}`;
  const inner = base.select([
    sql<number>`row_number() over (${partition} order by ${orderClause(order)})`.as('__rn'),
    sql<number>`count(*) over (${partition})`.as('__total'),
    parent.as('__parent'),
  ] as never);
  const first = page.offset + 1;
  const last = page.offset + page.limit;
  const result = await sql<Row & WindowRow>`select * from (${inner}) as paged
    where (paged.__rn >= ${first} and paged.__rn <= ${last}) or paged.__rn = 1
    order by paged.__parent, paged.__rn`.execute(db);
  const pages = new Map<string, PageOfRows<Row>>();
  for (const row of result.rows) {
    const key = String(row.__parent);
    let entry = pages.get(key);
    if (!entry) {
      entry = { rows: [], totalCount: Number(row.__total) };
      pages.set(key, entry);
    }
    const rn = Number(row.__rn);
    if (rn >= first && rn <= last) {
      const { __rn: _rn, __total: _total, __parent: _parent, ...rest } = row;
      entry.rows.push(rest as unknown as Row);
    }
  }
  return pages;
}

/** One page of one list, with its total, in one statement. */
export async function pageOf<DB, TB extends keyof DB, Row>(
  db: Kysely<DB>,
  base: SelectQueryBuilder<DB, TB, Row>,
  order: readonly OrderTerm[],
  page: Page,
): Promise<PageOfRows<Row>> {
  const pages = await pagesByParent(db, base, null, order, page);
  return pages.get('all') ?? { rows: [], totalCount: 0 };
}
