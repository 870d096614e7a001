import type { Kysely } from 'kysely';

const VERSIONED = ['funding_sources', 'calls', 'allocations'] as const;

/**
 * What writes need: a version per source, call and allocation (the optimistic lock of updates;
 * seeded rows start at 1), and the date of an allocation's latest recorded spending.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of VERSIONED) {
    await db.schema.alterTable(table).addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  }
  await db.schema.alterTable('allocations').addColumn('last_spent_on', 'varchar(10)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('allocations').dropColumn('last_spent_on').execute();
  for (const table of [...VERSIONED].reverse()) await db.schema.alterTable(table).dropColumn('version').execute();
}
