/**
 * The registry's write lock: every transaction that changes the graph first updates the one lock
 * row. PostgreSQL holds the row lock until commit, so a second writer waits there; SQLite takes
 * its write lock with the first write. Either way changes of the graph run one after another, and
 * the second one then reads what the first committed.
 */
import type { Transaction } from 'kysely';
import type { RegistryDb } from './tables.js';

/** Takes the write lock for the rest of `trx`; call it first. */
export async function takeWriteLock(trx: Transaction<RegistryDb>): Promise<void> {
  await trx
    .updateTable('registry_lock')
    .set((eb) => ({ generation: eb('generation', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}
