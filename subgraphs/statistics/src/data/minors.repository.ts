/**
 * Queries of the census of unaccompanied foreign minors. A window of months is an integer range of
 * month indexes ending at `until` (or at the latest month held: a subquery, not a second
 * statement). The three breakdowns of every month are summed in one statement (a UNION ALL of three
 * GROUP BYs), for many regions at once or for Italy as a whole.
 */
import { sql, type Kysely } from 'kysely';
import type { MonthIndex } from '../../../../lib/months.js';
import type { StatisticsDb } from './tables.js';

export interface MonthWindow {
  /** Last month of the window; the latest month held when null. */
  readonly until: MonthIndex | null;
  /** How many months, counting `until`, at most. */
  readonly months: number;
  /** First month of the window, when it starts later than `months` allow. */
  readonly from: MonthIndex | null;
}

/** Which breakdown a row belongs to: its `value` is an age band, a gender or a citizenship. */
export type Dimension = 'age' | 'gender' | 'citizenship';

export interface BreakdownRow {
  /** Region code, or `IT` for Italy as a whole. */
  readonly region: string;
  readonly month_index: number;
  readonly dimension: Dimension;
  readonly value: string;
  readonly minors: number;
}

const LATEST = sql<number>`(select max(month_index) from minors_census)`;

/**
 * The breakdowns of every month of the window, per region of `regionCodes` (null: Italy as a
 * whole, as region `IT`). Rows come in no particular order.
 */
export async function breakdowns(db: Kysely<StatisticsDb>, regionCodes: readonly string[] | null, window: MonthWindow): Promise<BreakdownRow[]> {
  const part = (column: 'age_band' | 'gender' | 'citizenship', dimension: Dimension) => {
    let query = db
      .selectFrom('minors_census')
      .select([
        regionCodes === null ? sql<string>`${sql.lit('IT')}`.as('region') : sql<string>`region_code`.as('region'),
        'month_index',
        sql<Dimension>`${sql.lit(dimension)}`.as('dimension'),
        sql<string>`${sql.ref(column)}`.as('value'),
        sql<string>`sum(minors)`.as('minors'),
      ]);
    if (regionCodes !== null) query = query.where('region_code', 'in', regionCodes);
    if (window.until === null) {
      query = query.where(sql<boolean>`month_index <= ${LATEST}`).where(sql<boolean>`month_index > ${LATEST} - ${window.months}`);
    } else {
      query = query.where('month_index', '<=', window.until).where('month_index', '>', window.until - window.months);
    }
    if (window.from !== null) query = query.where('month_index', '>=', window.from);
    const grouping = regionCodes === null ? (['month_index', column] as const) : (['region_code', 'month_index', column] as const);
    return query.groupBy([...grouping]);
  };
  const rows = await part('age_band', 'age').unionAll(part('gender', 'gender')).unionAll(part('citizenship', 'citizenship')).execute();
  return rows.map((row) => ({ ...row, month_index: Number(row.month_index), minors: Number(row.minors) }));
}
