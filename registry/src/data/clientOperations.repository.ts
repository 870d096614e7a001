/** The operations clients registered: what the usage check validates every candidate schema against. */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ClientOperationRow, RegistryDb } from './tables.js';

/** The hash an operation is registered under: sha256 (hex) of its text, as persisted queries compute it. */
export function operationHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Registers operations for a client (at `version`, when given); one already registered (same text)
 * keeps its hash and takes the new name and version.
 */
export async function upsertOperations(
  db: Kysely<RegistryDb>,
  client: string,
  operations: readonly { readonly name: string; readonly text: string }[],
  version: string | null = null,
): Promise<{ name: string; hash: string }[]> {
  const rows = operations.map(({ name, text }) => ({
    client,
    name,
    hash: operationHash(text),
    text,
    client_version: version,
  }));
  if (rows.length === 0) return [];
  await db.transaction().execute(async (trx) => {
    // One statement per row: a batch naming the same hash twice would hit its own conflict.
    for (const row of rows) {
      await trx
        .insertInto('client_operations')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['client', 'hash']).doUpdateSet({ name: row.name, client_version: row.client_version }),
        )
        .execute();
    }
  });
  return rows.map(({ name, hash }) => ({ name, hash }));
}

/** Every registered operation, by client then name. */
export async function allOperations(db: Kysely<RegistryDb>): Promise<ClientOperationRow[]> {
  return db.selectFrom('client_operations').selectAll().orderBy('client').orderBy('name').orderBy('hash').execute();
}

/** Every registered operation's text once, by hash (several clients may register one text): the trusted list. */
export async function trustedDocuments(db: Kysely<RegistryDb>): Promise<{ hash: string; text: string }[]> {
  return db.selectFrom('client_operations').select(['hash', 'text']).distinct().orderBy('hash').execute();
}
