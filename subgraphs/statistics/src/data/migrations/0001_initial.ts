import type { Kysely } from 'kysely';

/**
 * Creates the statistics tables. Dialect-neutral: varchar and integer columns only, so SQLite and
 * PostgreSQL agree (rates are derived from integer counts, months are integer indexes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_sources')
    .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
    .addColumn('generated', 'integer', (c) => c.notNull())
    .addColumn('publisher', 'varchar(120)', (c) => c.notNull())
    .addColumn('description_i18n', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('resident_figures')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('province_code', 'varchar(3)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('citizenship', 'varchar(2)', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('women', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('resident_figures_pk', ['province_code', 'year', 'citizenship'])
    .execute();
  // Region sums and a community's spread over the regions read by these.
  await db.schema.createIndex('resident_figures_region').on('resident_figures').columns(['region_code', 'year']).execute();
  await db.schema.createIndex('resident_figures_citizenship').on('resident_figures').columns(['citizenship', 'year']).execute();

  await db.schema
    .createTable('minors_census')
    .addColumn('month_index', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('age_band', 'varchar(10)', (c) => c.notNull())
    .addColumn('gender', 'varchar(6)', (c) => c.notNull())
    .addColumn('citizenship', 'varchar(2)', (c) => c.notNull())
    .addColumn('minors', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('minors_census_pk', ['region_code', 'month_index', 'age_band', 'gender', 'citizenship'])
    .execute();
  // National months (no region) read by month.
  await db.schema.createIndex('minors_census_month').on('minors_census').column('month_index').execute();

  await db.schema
    .createTable('labour_market')
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull())
    .addColumn('employed', 'integer', (c) => c.notNull())
    .addColumn('unemployed', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('labour_market_pk', ['region_code', 'year'])
    .execute();
}

/** Drops what `up` created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['labour_market', 'minors_census', 'resident_figures', 'data_sources']) {
    await db.schema.dropTable(table).execute();
  }
}
