/**
 * Writes of the editorial office, inside a write's transaction (`lib/writes/write.ts`). Each
 * returns the before/after values the audit log keeps.
 */
import type { Transaction, Updateable } from 'kysely';
import { changesBetween, type FieldChange } from '../../../../lib/writes/auditStore.js';
import { allocateId } from '../../../../lib/writes/allocateId.js';
import type {
  ContentDb,
  NewNewsletterIssue,
  NewNewsletterItem,
  NewPublication,
  NewsletterIssueRow,
  PublicationRow,
  PublicationTable,
} from './tables.js';

type Trx = Transaction<ContentDb>;

/** What the audit log compares: columns, with translations as objects rather than JSON text. */
function auditable(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'id' || key === 'version') continue;
    out[key] = key.endsWith('_i18n') && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return out;
}

/** The publication of the same kind, community and year, if there is one. */
export async function samePublication(
  trx: Trx,
  values: Pick<NewPublication, 'kind' | 'community_code' | 'year'>,
): Promise<string | undefined> {
  let query = trx.selectFrom('publications').select('id').where('kind', '=', values.kind).where('year', '=', values.year);
  query = values.community_code === null || values.community_code === undefined
    ? query.where('community_code', 'is', null)
    : query.where('community_code', '=', values.community_code);
  return (await query.executeTakeFirst())?.id;
}

/** Inserts a publication under the next id; returns its id and every field it set. */
export async function insertPublication(
  trx: Trx,
  values: Omit<NewPublication, 'id' | 'version'>,
): Promise<{ id: string; changes: FieldChange[] }> {
  const id = await allocateId(trx, 'publications', 'publication');
  await trx.insertInto('publications').values({ ...values, id }).execute();
  return { id, changes: changesBetween(undefined, auditable(values)) };
}

/** Updates the columns given (the version was claimed before); returns what changed. */
export async function updatePublication(
  trx: Trx,
  before: PublicationRow,
  values: Updateable<PublicationTable>,
): Promise<FieldChange[]> {
  await trx.updateTable('publications').set(values).where('id', '=', before.id).execute();
  return changesBetween(auditable(before), auditable(values));
}

export async function publicationForWrite(trx: Trx, id: string): Promise<PublicationRow | undefined> {
  return trx.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The ids among `ids` that exist in `table`. */
export async function existingIds(trx: Trx, table: 'events' | 'publications', ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await trx.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** The issue already published for `month`, if any, and the number the next issue takes. */
export async function issueSlot(trx: Trx, month: string): Promise<{ taken: boolean; number: number }> {
  const taken = await trx.selectFrom('newsletter_issues').select('id').where('month', '=', month).executeTakeFirst();
  const last = await trx.selectFrom('newsletter_issues').select((eb) => eb.fn.max('number').as('n')).executeTakeFirst();
  return { taken: taken !== undefined, number: Number(last?.n ?? 0) + 1 };
}

/** Inserts an issue and its items; returns every field it set, items included. */
export async function insertIssue(
  trx: Trx,
  issue: NewNewsletterIssue,
  items: readonly Omit<NewNewsletterItem, 'issue_id' | 'position'>[],
): Promise<FieldChange[]> {
  await trx.insertInto('newsletter_issues').values(issue).execute();
  const rows = items.map((item, position) => ({ ...item, issue_id: issue.id, position }));
  if (rows.length > 0) await trx.insertInto('newsletter_items').values(rows).execute();
  return changesBetween(undefined, { ...auditable(issue), items: items.map(auditable) });
}

export async function issueForWrite(trx: Trx, id: string): Promise<NewsletterIssueRow | undefined> {
  return trx.selectFrom('newsletter_issues').selectAll().where('id', '=', id).executeTakeFirst();
}
