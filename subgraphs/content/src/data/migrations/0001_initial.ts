import type { Kysely } from 'kysely';

/** Creates the content table. Dialect-neutral: text and varchar columns only, so SQLite and PostgreSQL agree. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('content')
    .addColumn('id', 'varchar(9)', (c) => c.primaryKey())
    .addColumn('name_i18n', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('contact_email', 'text')
    .execute();
  await db.schema.createIndex('content_municipality_code').on('content').column('municipality_code').execute();
}

/** Drops what `up` created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('content').execute();
}
