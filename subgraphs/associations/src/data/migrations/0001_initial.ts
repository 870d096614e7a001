/** The register of associations: one table of associations and two link tables. Dialect-neutral. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('associations')
    .addColumn('id', 'varchar(8)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_search', 'text', (c) => c.notNull())
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('seat_municipality_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('seat_province_code', 'varchar(3)', (c) => c.notNull())
    .addColumn('seat_region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('is_registered', 'integer', (c) => c.notNull())
    .addColumn('register_number', 'varchar(32)', (c) => c.unique())
    .addColumn('register_section', 'varchar(16)')
    .addColumn('registered_on', 'varchar(10)')
    .addColumn('founded_year', 'integer')
    .addColumn('activities_i18n', 'text', (c) => c.notNull())
    .addColumn('phone', 'varchar(32)')
    .addColumn('email', 'text')
    .addColumn('website', 'text')
    .execute();
  // Lists are filtered by territory and kind and ordered by name: index what the queries use.
  await db.schema.createIndex('associations_region').on('associations').columns(['seat_region_code', 'name_search']).execute();
  await db.schema.createIndex('associations_province').on('associations').columns(['seat_province_code', 'name_search']).execute();
  await db.schema.createIndex('associations_municipality').on('associations').column('seat_municipality_code').execute();
  await db.schema.createIndex('associations_kind').on('associations').column('kind').execute();
  await db.schema.createIndex('associations_name').on('associations').columns(['name_search', 'id']).execute();

  await db.schema
    .createTable('association_communities')
    .addColumn('association_id', 'varchar(8)', (c) => c.notNull().references('associations.id').onDelete('cascade'))
    .addColumn('community', 'varchar(2)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('association_communities_pk', ['association_id', 'community'])
    .execute();
  await db.schema.createIndex('association_communities_community').on('association_communities').columns(['community', 'association_id']).execute();

  await db.schema
    .createTable('association_cultural_fields')
    .addColumn('association_id', 'varchar(8)', (c) => c.notNull().references('associations.id').onDelete('cascade'))
    .addColumn('field', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('association_cultural_fields_pk', ['association_id', 'field'])
    .execute();
  await db.schema.createIndex('association_cultural_fields_field').on('association_cultural_fields').columns(['field', 'association_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('association_cultural_fields').execute();
  await db.schema.dropTable('association_communities').execute();
  await db.schema.dropTable('associations').execute();
}
