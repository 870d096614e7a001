import type { Kysely } from 'kysely';

/**
 * The version of the client that registered each operation (its latest registration's), so the
 * usage check and the trusted list name the client's release, not only its name. Operations
 * registered before (and the manifest's, registered at start without one) have none.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('client_operations').addColumn('client_version', 'varchar(64)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('client_operations').dropColumn('client_version').execute();
}
