/**
 * Writes of the services database, inside a write's transaction (`lib/writes/write.ts`): a service
 * row and its link tables change together, and each function returns the before/after values the
 * audit log keeps.
 */
import type { Insertable, Transaction, Updateable } from 'kysely';
import { allocateId } from '../../../../lib/writes/allocateId.js';
import { changesBetween, type FieldChange } from '../../../../lib/writes/auditStore.js';
import type { ServicesDb, ServiceRow, ServiceTable } from './tables.js';

/** The columns a write sets (everything but the id and the bookkeeping columns). */
export type ServiceValues = Omit<Insertable<ServiceTable>, 'id' | 'version' | 'updated_at' | 'closed_at' | 'name_search'>;

/** The next free service id (`SRV-05201`, and past `SRV-99999` `SRV-100000`), read inside the transaction. */
export const nextServiceId = (trx: Transaction<ServicesDb>): Promise<string> => allocateId(trx, 'services', 'service');

function searchName(nameI18n: string): string {
  return (JSON.parse(nameI18n) as { it: string }).it.toLowerCase();
}

/** Replaces a service's rows in the three link tables with the lists of its JSON columns. */
async function writeLinks(trx: Transaction<ServicesDb>, id: string, values: Partial<ServiceValues>): Promise<void> {
  const links = [
    ['service_areas', 'area', values.areas],
    ['service_languages', 'language', values.languages],
    ['service_target_groups', 'target_group', values.target_groups],
  ] as const;
  for (const [table, column, json] of links) {
    if (json === undefined) continue;
    await trx.deleteFrom(table).where('service_id', '=', id).execute();
    const list = JSON.parse(json) as string[];
    if (list.length > 0) {
      await trx
        .insertInto(table)
        .values(list.map((value) => ({ service_id: id, [column]: value }) as never))
        .execute();
    }
  }
}

/** The stored fields of a row the audit log compares (JSON columns as values, not text). */
function auditable(row: Partial<ServiceRow>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'name_search' || key === 'updated_at' || key === 'version') continue;
    out[key] = typeof value === 'string' && /_i18n$|^(areas|languages|target_groups)$/.test(key) ? JSON.parse(value) : value;
  }
  return out;
}

export async function insertService(trx: Transaction<ServicesDb>, id: string, values: ServiceValues, now: string): Promise<FieldChange[]> {
  await trx
    .insertInto('services')
    .values({ ...values, id, name_search: searchName(values.name_i18n), updated_at: now })
    .execute();
  await writeLinks(trx, id, values);
  return changesBetween(undefined, auditable(values));
}

/** Updates the columns of `values` (the version was claimed before); returns what changed. */
export async function updateService(
  trx: Transaction<ServicesDb>,
  before: ServiceRow,
  values: Updateable<ServiceTable>,
  now: string,
): Promise<FieldChange[]> {
  const set: Updateable<ServiceTable> = { ...values, updated_at: now };
  if (values.name_i18n !== undefined) set.name_search = searchName(values.name_i18n);
  await trx.updateTable('services').set(set).where('id', '=', before.id).execute();
  await writeLinks(trx, before.id, values);
  return changesBetween(auditable(before), auditable(values));
}

/** The service row, read inside the transaction (after its version was claimed, so it is current). */
export async function serviceForWrite(trx: Transaction<ServicesDb>, id: string): Promise<ServiceRow | undefined> {
  return trx.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
}
