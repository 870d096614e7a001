/** The editorial office's tables. Dialect-neutral: text, varchar and integer columns only. */
import type { Kysely } from 'kysely';
import { ID_MAX_LENGTH } from '../../../../../lib/ids.js';

const ID = `varchar(${ID_MAX_LENGTH})` as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('publications')
    .addColumn('id', ID, (c) => c.primaryKey())
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('edition', 'integer')
    .addColumn('community_code', 'varchar(2)')
    .addColumn('title_i18n', 'text', (c) => c.notNull())
    .addColumn('summary_i18n', 'text', (c) => c.notNull())
    .addColumn('published_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Reports are listed by community (newest first) and by year.
  await db.schema.createIndex('publications_community').on('publications').columns(['community_code', 'year']).execute();
  await db.schema.createIndex('publications_year').on('publications').columns(['year', 'kind']).execute();

  await db.schema
    .createTable('newsletter_issues')
    .addColumn('id', ID, (c) => c.primaryKey())
    .addColumn('month', 'varchar(7)', (c) => c.notNull().unique())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('title_i18n', 'text', (c) => c.notNull())
    .addColumn('short_version_i18n', 'text', (c) => c.notNull())
    .addColumn('published_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('newsletter_items')
    .addColumn('issue_id', ID, (c) => c.notNull().references('newsletter_issues.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('title_i18n', 'text', (c) => c.notNull())
    .addColumn('summary_i18n', 'text')
    .addColumn('scope', 'varchar(16)')
    .addColumn('event_id', ID)
    .addColumn('publication_id', ID)
    .addPrimaryKeyConstraint('newsletter_items_pk', ['issue_id', 'position'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', ID, (c) => c.primaryKey())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('series', 'varchar(64)')
    .addColumn('title_i18n', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('starts_month', 'varchar(7)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)')
    .addColumn('municipality_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('province_code', 'varchar(3)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('association_ids', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('events_date').on('events').columns(['starts_on', 'id']).execute();
  await db.schema.createIndex('events_month').on('events').columns(['starts_month', 'province_code']).execute();
  await db.schema.createIndex('events_province').on('events').columns(['province_code', 'starts_on']).execute();
  await db.schema.createIndex('events_region').on('events').columns(['region_code', 'starts_on']).execute();

  await db.schema
    .createTable('event_communities')
    .addColumn('event_id', ID, (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('community', 'varchar(2)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_communities_pk', ['event_id', 'community'])
    .execute();
  await db.schema.createIndex('event_communities_community').on('event_communities').columns(['community', 'event_id']).execute();

  await db.schema
    .createTable('cultural_experiences')
    .addColumn('id', ID, (c) => c.primaryKey())
    .addColumn('section', 'varchar(40)', (c) => c.notNull())
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_search', 'text', (c) => c.notNull())
    .addColumn('description_i18n', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'varchar(6)', (c) => c.notNull())
    .addColumn('province_code', 'varchar(3)', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('association_ids', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cultural_experiences_section').on('cultural_experiences').columns(['section', 'name_search', 'id']).execute();
  await db.schema.createIndex('cultural_experiences_region').on('cultural_experiences').columns(['region_code', 'section']).execute();
  await db.schema.createIndex('cultural_experiences_province').on('cultural_experiences').column('province_code').execute();

  await db.schema
    .createTable('protection_projects')
    .addColumn('id', ID, (c) => c.primaryKey())
    .addColumn('title_i18n', 'text', (c) => c.notNull())
    .addColumn('description_i18n', 'text', (c) => c.notNull())
    .addColumn('region_code', 'varchar(2)', (c) => c.notNull())
    .addColumn('municipality_code', 'varchar(6)')
    .addColumn('service_ids', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)')
    .execute();
  await db.schema.createIndex('protection_projects_region').on('protection_projects').columns(['region_code', 'starts_on']).execute();

  await db.schema
    .createTable('protection_beneficiaries')
    .addColumn('project_id', ID, (c) => c.notNull().references('protection_projects.id').onDelete('cascade'))
    .addColumn('status', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('protection_beneficiaries_pk', ['project_id', 'status'])
    .execute();
  await db.schema.createIndex('protection_beneficiaries_status').on('protection_beneficiaries').columns(['status', 'project_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'protection_beneficiaries',
    'protection_projects',
    'cultural_experiences',
    'event_communities',
    'events',
    'newsletter_items',
    'newsletter_issues',
    'publications',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
