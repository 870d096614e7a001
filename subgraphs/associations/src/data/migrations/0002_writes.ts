import type { Kysely } from 'kysely';

/**
 * What writes need: a version per association (the optimistic lock of updates; existing records
 * start at 1) and its contact person (personal data, readable by authenticated callers only).
 * Seeded records keep every value they had; the new columns are only added.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('associations').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('associations').addColumn('contact_person_name', 'text').execute();
  await db.schema.alterTable('associations').addColumn('contact_person_phone', 'text').execute();
  await db.schema.alterTable('associations').addColumn('contact_person_email', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['contact_person_email', 'contact_person_phone', 'contact_person_name', 'version']) {
    await db.schema.alterTable('associations').dropColumn(column).execute();
  }
}
