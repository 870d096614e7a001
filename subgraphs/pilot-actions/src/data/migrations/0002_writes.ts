import type { Kysely } from 'kysely';

/**
 * What writes need: a version per pilot action, the optimistic lock of its status changes. Seeded
 * actions start at version 1, as new ones do. Indicators, measurements and visits are only ever
 * added, never changed, so they need none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('pilot_actions').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('pilot_actions').dropColumn('version').execute();
}
