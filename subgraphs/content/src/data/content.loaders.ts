/**
 * Per-request DataLoaders: every entity lookup and nested list of a request is batched into one
 * statement per kind, whatever the number of parents.
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { argsLoader, byKey, groupByKey, pagedLoader, type PagedLoader } from '../../../../lib/loaders.js';
import type {
  ContentDb,
  CulturalExperienceRow,
  EventRow,
  NewsletterIssueRow,
  NewsletterItemRow,
  ProtectionProjectRow,
  PublicationRow,
} from './tables.js';
import * as publications from './publications.repository.js';
import * as events from './events.repository.js';
import * as culture from './culture.repository.js';

/** Where a newsletter's events must be: in a province, a region, or anywhere (nulls). */
export interface Nearby {
  readonly provinceCode: string | null;
  readonly regionCode: string | null;
}

export interface Loaders {
  publication: DataLoader<string, PublicationRow | null>;
  issue: DataLoader<string, NewsletterIssueRow | null>;
  event: DataLoader<string, EventRow | null>;
  experience: DataLoader<string, CulturalExperienceRow | null>;
  project: DataLoader<string, ProtectionProjectRow | null>;
  itemsOfIssue: DataLoader<string, NewsletterItemRow[]>;
  communitiesOfEvent: DataLoader<string, string[]>;
  beneficiariesOfProject: DataLoader<string, string[]>;
  /** Community reports of a community, newest first. */
  reportsOfCommunity: DataLoader<string, PublicationRow[]>;
  eventsOfCommunity: PagedLoader<EventRow, null>;
  /** The events of a month (`YYYY-MM`) near a place; months asking for the same place share one statement. */
  eventsOfMonth: { load(month: string, near: Nearby): Promise<EventRow[]> };
  /** A region's experiences by section; sections it has none of are absent. */
  experienceCountsOfRegion: DataLoader<string, { section: string; count: number }[]>;
  projectCountOfRegion: DataLoader<string, number>;
}

/** Builds the loaders of one request (never share them between requests: they cache). */
export function createLoaders(db: Kysely<ContentDb>): Loaders {
  return {
    publication: new DataLoader(async (ids) => byKey(ids, await publications.publicationsById(db, ids), (r) => r.id)),
    issue: new DataLoader(async (ids) => byKey(ids, await publications.issuesById(db, ids), (r) => r.id)),
    event: new DataLoader(async (ids) => byKey(ids, await events.eventsById(db, ids), (r) => r.id)),
    experience: new DataLoader(async (ids) => byKey(ids, await culture.experiencesById(db, ids), (r) => r.id)),
    project: new DataLoader(async (ids) => byKey(ids, await culture.projectsById(db, ids), (r) => r.id)),
    itemsOfIssue: new DataLoader(async (ids) =>
      groupByKey(ids, await publications.itemsOfIssues(db, ids), (r) => r.issue_id),
    ),
    communitiesOfEvent: new DataLoader(async (ids) =>
      groupByKey(ids, await events.communitiesOfEvents(db, ids), (r) => r.event_id).map((rows) =>
        rows.map((r) => r.community),
      ),
    ),
    beneficiariesOfProject: new DataLoader(async (ids) =>
      groupByKey(ids, await culture.beneficiariesOf(db, ids), (r) => r.project_id).map((rows) =>
        rows.map((r) => r.status),
      ),
    ),
    reportsOfCommunity: new DataLoader(async (codes) =>
      groupByKey(codes, await publications.reportsOfCommunities(db, codes), (r) => r.community_code ?? ''),
    ),
    eventsOfCommunity: pagedLoader((codes, _filter, page) => events.eventsOfCommunities(db, codes, page)),
    eventsOfMonth: argsLoader(async (months, near: Nearby) =>
      groupByKey(months, await events.eventsOfMonths(db, months, near), (r) => r.starts_month),
    ),
    experienceCountsOfRegion: new DataLoader(async (codes) =>
      groupByKey(codes, await culture.experienceCounts(db, codes), (r) => r.region_code),
    ),
    projectCountOfRegion: new DataLoader(async (codes) =>
      groupByKey(codes, await culture.projectCounts(db, codes), (r) => r.region_code).map((rows) => rows[0]?.count ?? 0),
    ),
  };
}
