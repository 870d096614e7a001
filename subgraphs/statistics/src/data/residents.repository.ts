/**
 * Queries of the residents' data set. Plain functions taking `db` first, one statement each, for
 * many territories or communities at once (the batches of the DataLoaders). Region figures are sums
 * of their provinces. A year left out is the latest held (a subquery, not a second statement).
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, type PageOfRows } from '../../../../lib/db/paging.js';
import type { ResidentFigureTable, StatisticsDb } from './tables.js';

/** Provinces or regions: the column a territory's code is matched on. */
export type Level = 'province_code' | 'region_code';

export interface ResidentsArgs {
  readonly year: number | null;
  readonly citizenship: string | null;
}

export interface ResidentsFilter {
  readonly year: number | null;
  readonly regionCode: string | null;
  readonly provinceCode: string | null;
  readonly citizenship: string | null;
}

/** Sums as numbers: PostgreSQL answers `sum` of integers as a bigint string. */
export interface SumRow {
  readonly code: string;
  readonly year: number;
  readonly total: number;
  readonly women: number;
}

/** `year = $year`, or `year = (the latest year held)`. */
function inYear(year: number | null) {
  return (eb: ExpressionBuilder<StatisticsDb, 'resident_figures'>) =>
    year === null
      ? eb('year', '=', eb.selectFrom('resident_figures as latest').select((l) => l.fn.max('latest.year').as('year')))
      : eb('year', '=', year);
}

const sums = [sql<string>`sum(total)`.as('total'), sql<string>`sum(women)`.as('women')] as const;
const toNumbers = <R extends { year: unknown; total: unknown; women: unknown }>(row: R) => ({
  ...row,
  year: Number(row.year),
  total: Number(row.total),
  women: Number(row.women),
});

/** The years held, oldest first. */
export async function residentYears(db: Kysely<StatisticsDb>): Promise<number[]> {
  const rows = await db.selectFrom('resident_figures').select('year').distinct().orderBy('year').execute();
  return rows.map((r) => Number(r.year));
}

/** Totals of many territories of one level (of one citizenship or all); territories without figures are absent. */
export async function totalsOf(db: Kysely<StatisticsDb>, level: Level, codes: readonly string[], args: ResidentsArgs): Promise<SumRow[]> {
  let query = db
    .selectFrom('resident_figures')
    .select([sql.ref<string>(level).as('code'), 'year', ...sums])
    .where(level, 'in', codes)
    .where(inYear(args.year));
  if (args.citizenship !== null) query = query.where('citizenship', '=', args.citizenship);
  const rows = await query.groupBy([level, 'year']).execute();
  return rows.map(toNumbers);
}

/** Totals by citizenship of many territories of one level, largest first within each territory. */
export async function citizenshipsOf(db: Kysely<StatisticsDb>, level: Level, codes: readonly string[], year: number | null): Promise<(SumRow & { citizenship: string })[]> {
  const rows = await db
    .selectFrom('resident_figures')
    .select([sql.ref<string>(level).as('code'), 'citizenship', 'year', ...sums])
    .where(level, 'in', codes)
    .where(inYear(year))
    .groupBy([level, 'citizenship', 'year'])
    .orderBy(level)
    .orderBy(sql`sum(total)`, 'desc')
    .orderBy('citizenship')
    .execute();
  return rows.map(toNumbers);
}

/** Totals of many communities by region (`code` is the region), largest region first. */
export async function regionsOfCommunities(db: Kysely<StatisticsDb>, citizenships: readonly string[], year: number | null): Promise<(SumRow & { citizenship: string })[]> {
  const rows = await db
    .selectFrom('resident_figures')
    .select(['region_code as code', 'citizenship', 'year', ...sums])
    .where('citizenship', 'in', citizenships)
    .where(inYear(year))
    .groupBy(['citizenship', 'region_code', 'year'])
    .orderBy('citizenship')
    .orderBy(sql`sum(total)`, 'desc')
    .orderBy('region_code')
    .execute();
  return rows.map(toNumbers);
}

/** One page of province records matching `filter`: newest year first, then province, then largest community. */
export async function listRecords(db: Kysely<StatisticsDb>, filter: ResidentsFilter, page: Page): Promise<PageOfRows<ResidentFigureTable>> {
  let query = db.selectFrom('resident_figures').selectAll();
  if (filter.year !== null) query = query.where('year', '=', filter.year);
  if (filter.regionCode !== null) query = query.where('region_code', '=', filter.regionCode);
  if (filter.provinceCode !== null) query = query.where('province_code', '=', filter.provinceCode);
  if (filter.citizenship !== null) query = query.where('citizenship', '=', filter.citizenship);
  const order = [
    { column: 'year', direction: 'desc' as const },
    { column: 'province_code' },
    { column: 'total', direction: 'desc' as const },
    { column: 'citizenship' },
  ];
  const result = await pageOf(db, query, order, page);
  return { ...result, rows: result.rows.map(toNumbers) };
}
