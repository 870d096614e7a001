import { sql, type Kysely } from 'kysely';

/** Creates the funding tables: money in BIGINT cents, dates as ISO text, texts as JSON. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('funding_sources')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('name_i18n', 'text', (c) => c.notNull())
    .addColumn('name_search', 'text', (c) => c.notNull())
    .addColumn('level', 'varchar(16)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('programming_period', 'varchar(16)', (c) => c.notNull())
    .addColumn('total_budget_cents', 'bigint', (c) => c.notNull())
    .addColumn('cofinancing_rate_bp', 'integer', (c) => c.notNull())
    .addColumn('managing_authority_i18n', 'text', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)')
    .addColumn('municipality_code', 'varchar(6)')
    .execute();
  await db.schema.createIndex('funding_sources_region').on('funding_sources').column('region_code').execute();
  await db.schema
    .createTable('funding_source_priorities')
    .addColumn('funding_source_id', 'varchar(64)', (c) => c.notNull().references('funding_sources.id'))
    .addColumn('priority', 'varchar(40)', (c) => c.notNull())
    .addPrimaryKeyConstraint('funding_source_priorities_pk', ['funding_source_id', 'priority'])
    .execute();
  await db.schema.createIndex('funding_source_priorities_priority').on('funding_source_priorities').column('priority').execute();
  await db.schema
    .createTable('calls')
    .addColumn('id', 'varchar(16)', (c) => c.primaryKey())
    .addColumn('funding_source_id', 'varchar(64)', (c) => c.notNull().references('funding_sources.id'))
    .addColumn('title_i18n', 'text', (c) => c.notNull())
    .addColumn('budget_cents', 'bigint', (c) => c.notNull())
    .addColumn('opens_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('closes_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('eligible_beneficiaries', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calls_source').on('calls').column('funding_source_id').execute();
  await db.schema
    .createTable('allocations')
    .addColumn('id', 'varchar(16)', (c) => c.primaryKey())
    .addColumn('funding_source_id', 'varchar(64)', (c) => c.notNull().references('funding_sources.id'))
    .addColumn('call_id', 'varchar(16)', (c) => c.references('calls.id'))
    .addColumn('pilot_action_id', 'varchar(16)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('committed_cents', 'bigint', (c) => c.notNull())
    .addColumn('spent_cents', 'bigint', (c) => c.notNull())
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)')
    .addCheckConstraint('allocations_spent_within_committed', sql`spent_cents >= 0 and spent_cents <= committed_cents`)
    .execute();
  await db.schema.createIndex('allocations_source').on('allocations').column('funding_source_id').execute();
  await db.schema.createIndex('allocations_call').on('allocations').column('call_id').execute();
  await db.schema.createIndex('allocations_action').on('allocations').column('pilot_action_id').execute();
  await db.schema.createIndex('allocations_region').on('allocations').column('region_code').execute();
}

/** Drops the funding tables, dependants first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('allocations').execute();
  await db.schema.dropTable('calls').execute();
  await db.schema.dropTable('funding_source_priorities').execute();
  await db.schema.dropTable('funding_sources').execute();
}
