/**
 * Seeds the editorial office's database with its deterministic content (see generate/), inserted
 * in chunks in one transaction. Does nothing when publications are already there.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../../../../lib/log.js';
import type { ContentDb } from './tables.js';
import { generateContent } from './generate/index.js';

/** Rows per INSERT: well below the bound-parameter limits of SQLite and PostgreSQL. */
const CHUNK = 200;

/** Fills an empty database; a no-op when publications exist. */
export async function seed(db: Kysely<ContentDb>, log: Logger): Promise<void> {
  const existing = await db.selectFrom('publications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  const content = generateContent();
  // Parents before the rows that point to them.
  await db.transaction().execute(async (trx) => {
    for (const [table, rows] of Object.entries(content) as [keyof ContentDb, readonly object[]][]) {
      for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto(table).values(rows.slice(i, i + CHUNK)).execute();
    }
  });
  log.info(Object.fromEntries(Object.entries(content).map(([table, rows]) => [table, rows.length])), 'content seeded');
}
