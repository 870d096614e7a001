import type { Kysely } from 'kysely';

/**
 * What writes need: a version per service (the optimistic lock of updates), when it was closed,
 * and its contact person (personal data, readable by authenticated callers only).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('services').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('services').addColumn('closed_at', 'varchar(24)').execute();
  await db.schema.alterTable('services').addColumn('contact_person_name', 'text').execute();
  await db.schema.alterTable('services').addColumn('contact_person_phone', 'text').execute();
  await db.schema.alterTable('services').addColumn('contact_person_email', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['contact_person_email', 'contact_person_phone', 'contact_person_name', 'closed_at', 'version']) {
    await db.schema.alterTable('services').dropColumn(column).execute();
  }
}
