/**
 * Seeds the statistics database with the deterministic data set of `generate/`: in chunks, inside
 * one transaction, and only when the database is empty.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../../../../lib/log.js';
import type { StatisticsDb } from './tables.js';
import { generate } from './generate/index.js';

// Rows per INSERT: 7 columns at most, so 14,000 parameters, under SQLite's 32,766 and PostgreSQL's 65,535.
const CHUNK = 2000;

async function inChunks<Row>(rows: readonly Row[], insert: (chunk: Row[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Fills an empty database; does nothing when the data sources are already present. */
export async function seed(db: Kysely<StatisticsDb>, log: Logger): Promise<void> {
  const existing = await db.selectFrom('data_sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  const data = generate();
  await db.transaction().execute(async (trx) => {
    await inChunks(data.data_sources, (rows) => trx.insertInto('data_sources').values(rows).execute());
    await inChunks(data.resident_figures, (rows) => trx.insertInto('resident_figures').values(rows).execute());
    await inChunks(data.minors_census, (rows) => trx.insertInto('minors_census').values(rows).execute());
    await inChunks(data.labour_market, (rows) => trx.insertInto('labour_market').values(rows).execute());
  });
  const counts = Object.fromEntries(Object.entries(data).map(([table, rows]: [string, readonly unknown[]]) => [table, rows.length]));
  log.info(counts, 'statistics seeded');
}
