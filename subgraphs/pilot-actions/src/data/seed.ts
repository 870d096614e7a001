/**
 * Seeds the pilot-actions database with the deterministic data set of `generate/`: in chunks,
 * inside one transaction, and only when the database is empty.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../../../../lib/log.js';
import type { PilotActionsDb } from './tables.js';
import { generate } from './generate/index.js';

// Rows per INSERT: well under PostgreSQL's 65,535 bound parameters for the widest table.
const CHUNK = 500;

async function inChunks<Row>(rows: readonly Row[], insert: (chunk: Row[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Fills an empty database; does nothing when pilot actions are already present. */
export async function seed(db: Kysely<PilotActionsDb>, log: Logger): Promise<void> {
  const existing = await db.selectFrom('pilot_actions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  const data = generate();
  // Parents before children: the foreign keys are checked on insert.
  await db.transaction().execute(async (trx) => {
    await inChunks(data.pilot_actions, (rows) => trx.insertInto('pilot_actions').values(rows).execute());
    await inChunks(data.pilot_action_municipalities, (rows) => trx.insertInto('pilot_action_municipalities').values(rows).execute());
    await inChunks(data.indicators, (rows) => trx.insertInto('indicators').values(rows).execute());
    await inChunks(data.measurements, (rows) => trx.insertInto('measurements').values(rows).execute());
    await inChunks(data.monitoring_visits, (rows) => trx.insertInto('monitoring_visits').values(rows).execute());
  });
  const counts = Object.fromEntries(Object.entries(data).map(([table, rows]: [string, readonly unknown[]]) => [table, rows.length]));
  log.info(counts, 'pilot actions seeded');
}
