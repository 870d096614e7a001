import type { Kysely } from 'kysely';

/**
 * The traffic policy each partner records for its subgraph (timeout, retries, breaker, caps), as
 * the gateways apply it: one row per subgraph, replaced whole, removed when emptied.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('traffic_policies')
    .addColumn('subgraph', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('set_by', 'varchar(200)', (c) => c.notNull())
    .addColumn('partner', 'varchar(64)', (c) => c.notNull())
    .addColumn('set_at', 'varchar(40)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('traffic_policies').execute();
}
