/** Queries of publications and newsletter issues. Plain functions taking `db` first; one statement each. */
import type { Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, type OrderTerm, type PageOfRows } from '../../../../lib/db/paging.js';
import type { ContentDb, NewsletterIssueRow, NewsletterItemRow, PublicationRow } from './tables.js';

/** A validated publication filter. */
export interface PublicationFilter {
  readonly kind: string | null;
  readonly communityCode: string | null;
  readonly year: number | null;
}

/** Newest first; within a year, labour-market report first, then communities by code. */
const NEWEST: readonly OrderTerm[] = [
  { column: 'year', direction: 'desc' },
  { column: 'kind', direction: 'desc' },
  { column: 'community_code' },
  { column: 'id' },
];

export async function publicationsById(db: Kysely<ContentDb>, ids: readonly string[]): Promise<PublicationRow[]> {
  return db.selectFrom('publications').selectAll().where('id', 'in', ids).execute();
}

export async function listPublications(
  db: Kysely<ContentDb>,
  filter: PublicationFilter,
  page: Page,
): Promise<PageOfRows<PublicationRow>> {
  let query = db.selectFrom('publications').selectAll();
  if (filter.kind !== null) query = query.where('kind', '=', filter.kind);
  if (filter.communityCode !== null) query = query.where('community_code', '=', filter.communityCode);
  if (filter.year !== null) query = query.where('year', '=', filter.year);
  return pageOf(db, query, NEWEST, page);
}

/** The community reports of many communities, each community's newest first. */
export async function reportsOfCommunities(db: Kysely<ContentDb>, codes: readonly string[]): Promise<PublicationRow[]> {
  return db
    .selectFrom('publications')
    .selectAll()
    .where('kind', '=', 'COMMUNITY_REPORT')
    .where('community_code', 'in', codes)
    .orderBy('community_code')
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function issuesById(db: Kysely<ContentDb>, ids: readonly string[]): Promise<NewsletterIssueRow[]> {
  return db.selectFrom('newsletter_issues').selectAll().where('id', 'in', ids).execute();
}

/** The issue of the greatest month, if any. */
export async function latestIssue(db: Kysely<ContentDb>): Promise<NewsletterIssueRow | undefined> {
  return db.selectFrom('newsletter_issues').selectAll().orderBy('month', 'desc').limit(1).executeTakeFirst();
}

/** Issues newest first, optionally of one year. */
export async function listIssues(
  db: Kysely<ContentDb>,
  year: number | null,
  page: Page,
): Promise<PageOfRows<NewsletterIssueRow>> {
  let query = db.selectFrom('newsletter_issues').selectAll();
  if (year !== null) query = query.where('month', 'like', `${year}-%`);
  return pageOf(db, query, [{ column: 'month', direction: 'desc' }], page);
}

/** The items of many issues, each issue's in order. */
export async function itemsOfIssues(db: Kysely<ContentDb>, ids: readonly string[]): Promise<NewsletterItemRow[]> {
  return db
    .selectFrom('newsletter_items')
    .selectAll()
    .where('issue_id', 'in', ids)
    .orderBy('issue_id')
    .orderBy('position')
    .execute();
}
