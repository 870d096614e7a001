/**
 * Seeds the register of associations: 1,200 associations with their communities and cultural
 * fields, generated deterministically (see generate/), inserted in chunks in one transaction.
 * Does nothing when the register already holds data.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../../../../lib/log.js';
import type { AssociationsDb } from './tables.js';
import { generateRegister } from './generate/index.js';

/** Rows per INSERT: well below the bound-parameter limits of SQLite and PostgreSQL. */
const CHUNK = 250;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Fills an empty database with the deterministic register; a no-op when associations exist. */
export async function seed(db: Kysely<AssociationsDb>, log: Logger): Promise<void> {
  const existing = await db.selectFrom('associations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  const register = generateRegister();
  await db.transaction().execute(async (trx) => {
    for (const rows of chunks(register.associations)) await trx.insertInto('associations').values(rows).execute();
    for (const rows of chunks(register.communities)) await trx.insertInto('association_communities').values(rows).execute();
    for (const rows of chunks(register.culturalFields)) await trx.insertInto('association_cultural_fields').values(rows).execute();
  });
  log.info(
    { associations: register.associations.length, communities: register.communities.length, culturalFields: register.culturalFields.length },
    'associations seeded',
  );
}
