/**
 * Writes of the register, inside a write's transaction (`lib/writes/write.ts`): an association row
 * and its two link tables (communities, cultural fields) change together, and each function
 * returns the before/after values the audit log keeps.
 */
import type { Insertable, Transaction, Updateable } from 'kysely';
import { allocateId } from '../../../../lib/writes/allocateId.js';
import { changesBetween, type FieldChange } from '../../../../lib/writes/auditStore.js';
import type { AssociationsDb, AssociationRow, AssociationTable } from './tables.js';

/** The columns a write sets (everything but the id and the bookkeeping columns). */
export type AssociationValues = Omit<Insertable<AssociationTable>, 'id' | 'version' | 'name_search'>;

/** The lists kept in link tables; a list left `undefined` is not changed. */
export interface AssociationLinks {
  /** ISO 3166-1 alpha-2 codes, main community first. */
  readonly communities?: readonly string[];
  readonly culturalFields?: readonly string[];
}

/** The next free association id (`ASS-1201`, and past `ASS-9999` `ASS-10000`), read inside the transaction. */
export const nextAssociationId = (trx: Transaction<AssociationsDb>): Promise<string> => allocateId(trx, 'associations', 'association');

/** Replaces an association's rows in the link tables whose list is given. */
async function writeLinks(trx: Transaction<AssociationsDb>, id: string, links: AssociationLinks): Promise<void> {
  if (links.communities !== undefined) {
    await trx.deleteFrom('association_communities').where('association_id', '=', id).execute();
    if (links.communities.length > 0) {
      const rows = links.communities.map((community, position) => ({ association_id: id, community, position }));
      await trx.insertInto('association_communities').values(rows).execute();
    }
  }
  if (links.culturalFields !== undefined) {
    await trx.deleteFrom('association_cultural_fields').where('association_id', '=', id).execute();
    if (links.culturalFields.length > 0) {
      const rows = links.culturalFields.map((field) => ({ association_id: id, field }));
      await trx.insertInto('association_cultural_fields').values(rows).execute();
    }
  }
}

/**
 * What the audit log compares: the stored columns (activities as translations, not JSON text) and
 * the lists of the link tables. Cultural fields are a set, so they are compared sorted; the order
 * of communities means something (the main one first), so it is kept.
 */
function auditable(row: Partial<AssociationRow>, links: AssociationLinks): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'name_search' || key === 'version' || key === 'id') continue;
    out[key] = key === 'activities_i18n' && typeof value === 'string' ? JSON.parse(value) : value;
  }
  if (links.communities !== undefined) out['communities'] = [...links.communities];
  if (links.culturalFields !== undefined) out['cultural_fields'] = [...links.culturalFields].sort();
  return out;
}

/** Inserts a new association and its lists; returns every field it set, for the audit. */
export async function insertAssociation(
  trx: Transaction<AssociationsDb>,
  id: string,
  values: AssociationValues,
  links: Required<AssociationLinks>,
): Promise<FieldChange[]> {
  await trx
    .insertInto('associations')
    .values({ ...values, id, name_search: values.name.toLowerCase() })
    .execute();
  await writeLinks(trx, id, links);
  return changesBetween(undefined, auditable(values, links));
}

/** Updates the columns and lists given (the version was claimed before); returns what changed. */
export async function updateAssociation(
  trx: Transaction<AssociationsDb>,
  before: { readonly row: AssociationRow; readonly links: Required<AssociationLinks> },
  values: Updateable<AssociationTable>,
  links: AssociationLinks,
): Promise<FieldChange[]> {
  const set: Updateable<AssociationTable> = { ...values };
  if (typeof values.name === 'string') set.name_search = values.name.toLowerCase();
  // An input that changes only the lists leaves no column to set, and an empty SET is not SQL.
  if (Object.keys(set).length > 0) await trx.updateTable('associations').set(set).where('id', '=', before.row.id).execute();
  await writeLinks(trx, before.row.id, links);
  return changesBetween(auditable(before.row, before.links), auditable(values, links));
}

/** The association row, read inside the transaction (after its version was claimed, so it is current). */
export async function associationForWrite(trx: Transaction<AssociationsDb>, id: string): Promise<AssociationRow | undefined> {
  return trx.selectFrom('associations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The stored lists of an association, read inside the transaction. */
export async function linksForWrite(trx: Transaction<AssociationsDb>, id: string): Promise<Required<AssociationLinks>> {
  const communities = await trx
    .selectFrom('association_communities')
    .select('community')
    .where('association_id', '=', id)
    .orderBy('position')
    .execute();
  const fields = await trx.selectFrom('association_cultural_fields').select('field').where('association_id', '=', id).orderBy('field').execute();
  return { communities: communities.map((c) => c.community), culturalFields: fields.map((f) => f.field) };
}

/** The association already entered under this register number, if any. */
export async function holderOfRegisterNumber(trx: Transaction<AssociationsDb>, registerNumber: string): Promise<string | undefined> {
  const row = await trx.selectFrom('associations').select('id').where('register_number', '=', registerNumber).executeTakeFirst();
  return row?.id;
}
