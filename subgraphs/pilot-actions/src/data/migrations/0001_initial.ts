import type { Kysely } from 'kysely';

// Dialect-neutral: text/integer/double precision mean the same on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pilot_actions')
    .addColumn('id', 'varchar(6)', (c) => c.primaryKey())
    .addColumn('code', 'varchar(16)', (c) => c.notNull().unique())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('title_i18n', 'text', (c) => c.notNull())
    .addColumn('thematic_area', 'varchar(40)', (c) => c.notNull())
    .addColumn('lead_kind', 'varchar(12)', (c) => c.notNull())
    .addColumn('lead_region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('lead_municipality_code', 'varchar(6)')
    .addColumn('partner_association_ids', 'text', (c) => c.notNull())
    .addColumn('related_service_ids', 'text', (c) => c.notNull())
    .addColumn('municipality_codes', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('starts_day', 'integer', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)')
    .addColumn('ends_day', 'integer')
    .addColumn('inspired_by_i18n', 'text')
    .execute();
  await db.schema.createIndex('pilot_actions_region').on('pilot_actions').column('region_code').execute();
  await db.schema.createIndex('pilot_actions_status').on('pilot_actions').column('status').execute();

  await db.schema
    .createTable('pilot_action_municipalities')
    .addColumn('pilot_action_id', 'varchar(6)', (c) => c.notNull().references('pilot_actions.id'))
    .addColumn('municipality_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('province_code', 'varchar(3)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('pilot_action_municipalities_pk', ['pilot_action_id', 'municipality_code'])
    .execute();
  await db.schema.createIndex('pam_municipality').on('pilot_action_municipalities').column('municipality_code').execute();
  await db.schema.createIndex('pam_region').on('pilot_action_municipalities').column('region_code').execute();

  await db.schema
    .createTable('indicators')
    .addColumn('id', 'varchar(10)', (c) => c.primaryKey())
    .addColumn('pilot_action_id', 'varchar(6)', (c) => c.notNull().references('pilot_actions.id'))
    .addColumn('code', 'varchar(24)', (c) => c.notNull().unique())
    .addColumn('name_i18n', 'text', (c) => c.notNull())
    .addColumn('type', 'varchar(8)', (c) => c.notNull())
    .addColumn('unit', 'varchar(24)', (c) => c.notNull())
    .addColumn('baseline', 'double precision', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('indicators_action').on('indicators').column('pilot_action_id').execute();

  await db.schema
    .createTable('measurements')
    .addColumn('id', 'varchar(12)', (c) => c.primaryKey())
    .addColumn('indicator_id', 'varchar(10)', (c) => c.notNull().references('indicators.id'))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('measured_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('measured_day', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('measurements_indicator_day').on('measurements').columns(['indicator_id', 'measured_day']).execute();

  await db.schema
    .createTable('monitoring_visits')
    .addColumn('id', 'varchar(8)', (c) => c.primaryKey())
    .addColumn('pilot_action_id', 'varchar(6)', (c) => c.notNull().references('pilot_actions.id'))
    .addColumn('visited_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('visited_day', 'integer', (c) => c.notNull())
    .addColumn('municipality_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('findings_i18n', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('follow_ups', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visits_action_day').on('monitoring_visits').columns(['pilot_action_id', 'visited_day']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('monitoring_visits').execute();
  await db.schema.dropTable('measurements').execute();
  await db.schema.dropTable('indicators').execute();
  await db.schema.dropTable('pilot_action_municipalities').execute();
  await db.schema.dropTable('pilot_actions').execute();
}
