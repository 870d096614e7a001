import type { Kysely } from 'kysely';

/**
 * Who owns each type and field of the graph, and whom an owner allows to extend its types.
 * Dialect-neutral. A registry created before this migration has its records derived once from its
 * current supergraph when it starts (registry/src/ownership.ts); a fresh one records them at its seed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('type_owners')
    .addColumn('type_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('owner', 'varchar(40)', (c) => c.notNull())
    .addColumn('recorded_at', 'varchar(24)', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('type_owners_type_owner', ['type_name', 'owner'])
    .execute();

  await db.schema
    .createTable('field_owners')
    .addColumn('type_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('field_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('owner', 'varchar(40)', (c) => c.notNull())
    .addColumn('recorded_at', 'varchar(24)', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('field_owners_field_owner', ['type_name', 'field_name', 'owner'])
    .execute();

  await db.schema
    .createTable('type_extensions')
    .addColumn('type_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('subgraph', 'varchar(40)', (c) => c.notNull())
    .addColumn('allowed_by', 'text', (c) => c.notNull())
    .addColumn('allowed_at', 'varchar(24)', (c) => c.notNull())
    .addPrimaryKeyConstraint('type_extensions_type_subgraph', ['type_name', 'subgraph'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['type_extensions', 'field_owners', 'type_owners']) await db.schema.dropTable(table).execute();
}
