import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('code', 'varchar(2)', (c) => c.primaryKey())
    .addColumn('name_it', 'text', (c) => c.notNull())
    .addColumn('name_i18n', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('provinces')
    .addColumn('code', 'varchar(3)', (c) => c.primaryKey())
    .addColumn('abbreviation', 'varchar(2)', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull().references('regions.code'))
    .addColumn('is_metropolitan_city', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('provinces_region').on('provinces').column('region_code').execute();
  await db.schema
    .createTable('municipalities')
    .addColumn('istat_code', 'varchar(6)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_search', 'text', (c) => c.notNull())
    .addColumn('province_code', 'varchar(3)', (c) => c.notNull().references('provinces.code'))
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull().references('regions.code'))
    .addColumn('is_provincial_capital', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('municipalities_province').on('municipalities').column('province_code').execute();
  await db.schema.createIndex('municipalities_region').on('municipalities').column('region_code').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('municipalities').execute();
  await db.schema.dropTable('provinces').execute();
  await db.schema.dropTable('regions').execute();
}
