import type { Kysely } from 'kysely';

/** Dialect-neutral schema: text, varchar and integer columns only, so SQLite and PostgreSQL agree. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('services')
    .addColumn('id', 'varchar(9)', (c) => c.primaryKey())
    .addColumn('provider_kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('association_id', 'varchar(8)')
    .addColumn('municipality_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('province_code', 'varchar(3)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('name_i18n', 'text', (c) => c.notNull())
    .addColumn('name_search', 'text', (c) => c.notNull())
    .addColumn('description_i18n', 'text', (c) => c.notNull())
    .addColumn('opening_hours_i18n', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('website', 'text')
    .addColumn('areas', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('target_groups', 'text', (c) => c.notNull())
    .addColumn('free_of_charge', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(24)', (c) => c.notNull())
    .execute();
  // One index per territory level and per parent of a paged relation: those are the `IN` lists.
  for (const column of ['region_code', 'province_code', 'municipality_code', 'association_id', 'provider_kind']) {
    await db.schema.createIndex(`services_${column}`).on('services').column(column).execute();
  }
  await linkTable(db, 'service_areas', 'area');
  await linkTable(db, 'service_languages', 'language');
  await linkTable(db, 'service_target_groups', 'target_group');
}

/** A link table keyed by (service, value), with an index on the value for EXISTS filters. */
async function linkTable(db: Kysely<unknown>, table: string, column: string): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn('service_id', 'varchar(9)', (c) => c.notNull().references('services.id').onDelete('cascade'))
    .addColumn(column, 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, ['service_id', column])
    .execute();
  await db.schema.createIndex(`${table}_${column}`).on(table).columns([column, 'service_id']).execute();
}

/** Drops the tables, link tables first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('service_target_groups').execute();
  await db.schema.dropTable('service_languages').execute();
  await db.schema.dropTable('service_areas').execute();
  await db.schema.dropTable('services').execute();
}
