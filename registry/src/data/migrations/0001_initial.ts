import type { Kysely } from 'kysely';
import type { RegistryLockTable } from '../tables.js';

/** The registry's tables, dialect-neutral; the lock row is data, inserted here once. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('subgraph_versions')
    .addColumn('id', 'varchar(80)', (c) => c.primaryKey())
    .addColumn('subgraph', 'varchar(40)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('sdl', 'text', (c) => c.notNull())
    .addColumn('routing_url', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull())
    .addColumn('partner', 'text', (c) => c.notNull())
    .addColumn('published_at', 'varchar(24)', (c) => c.notNull())
    .addColumn('forced', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('forced_by', 'text')
    .addColumn('check_report', 'text', (c) => c.notNull())
    .addColumn('rolled_back_from', 'integer')
    .addUniqueConstraint('subgraph_versions_subgraph_version', ['subgraph', 'version'])
    .execute();

  await db.schema
    .createTable('supergraphs')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'varchar(64)', (c) => c.notNull())
    .addColumn('sdl', 'text', (c) => c.notNull())
    .addColumn('composed_at', 'varchar(24)', (c) => c.notNull())
    .addColumn('subgraph_versions', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('client_operations')
    .addColumn('client', 'varchar(64)', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('client_operations_client_hash', ['client', 'hash'])
    .execute();

  await db.schema
    .createTable('registry_lock')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .execute();
  await (db as Kysely<{ registry_lock: RegistryLockTable }>).insertInto('registry_lock').values({ id: 1, generation: 0 }).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['registry_lock', 'client_operations', 'supergraphs', 'subgraph_versions']) {
    await db.schema.dropTable(table).execute();
  }
}
