/**
 * Kysely table interfaces of the editorial office's database. Texts are JSON translations with
 * Italian always present (lib/locale.ts); lists of other subgraphs' keys that are never filtered
 * on (associations, services) are JSON arrays on the row; lists that are filtered on
 * (communities of an event, beneficiaries of a project) are link tables.
 */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { AuditDb } from '../../../../lib/writes/auditStore.js';

export interface PublicationTable {
  /** `PUB-0001`. */
  id: string;
  /** GraphQL `PublicationKind`. */
  kind: string;
  year: number;
  /** Edition of the labour-market report (2011 is the first); null for community reports. */
  edition: number | null;
  /** ISO 3166-1 alpha-2 code of a community report's community; null otherwise. */
  community_code: string | null;
  title_i18n: string;
  summary_i18n: string;
  /** ISO date. */
  published_on: string;
  version: Generated<number>;
}

export interface NewsletterIssueTable {
  /** `NL-` and the month, e.g. `NL-2026-12`. */
  id: string;
  /** `YYYY-MM`, unique. */
  month: string;
  number: number;
  title_i18n: string;
  short_version_i18n: string;
  published_on: string;
  version: Generated<number>;
}

export interface NewsletterItemTable {
  issue_id: string;
  /** Order within the issue, from 0. */
  position: number;
  /** GraphQL `NewsletterItemKind`. */
  kind: string;
  title_i18n: string;
  summary_i18n: string | null;
  /** GraphQL `ProjectScope`, for PROJECT items. */
  scope: string | null;
  event_id: string | null;
  publication_id: string | null;
}

export interface EventTable {
  /** `EV-00001`. */
  id: string;
  kind: string;
  series: string | null;
  title_i18n: string;
  starts_on: string;
  /** `YYYY-MM` of `starts_on`: the newsletter issue the event belongs to. */
  starts_month: string;
  ends_on: string | null;
  /** ISTAT codes; province and region derived from the municipality with lib/istat.ts. */
  municipality_code: string;
  province_code: string;
  region_code: string;
  /** JSON array of association ids (`ASS-0001`). */
  association_ids: string;
  version: Generated<number>;
}

export interface EventCommunityTable {
  event_id: string;
  /** ISO 3166-1 alpha-2. */
  community: string;
  position: number;
}

export interface CulturalExperienceTable {
  /** `CE-0001`. */
  id: string;
  /** GraphQL `CulturalSection`. */
  section: string;
  kind: string;
  name: string;
  /** Lower-cased name, for ordering the same way on both dialects. */
  name_search: string;
  description_i18n: string;
  municipality_code: string;
  province_code: string;
  region_code: string;
  association_ids: string;
}

export interface ProtectionProjectTable {
  /** `PP-0001`. */
  id: string;
  title_i18n: string;
  description_i18n: string;
  region_code: string;
  /** Null for a region-wide project. */
  municipality_code: string | null;
  /** JSON array of service ids (`SRV-00001`). */
  service_ids: string;
  starts_on: string;
  ends_on: string | null;
}

export interface ProtectionBeneficiaryTable {
  project_id: string;
  /** GraphQL `ProtectionStatus`. */
  status: string;
}

export interface ContentDb extends AuditDb {
  publications: PublicationTable;
  newsletter_issues: NewsletterIssueTable;
  newsletter_items: NewsletterItemTable;
  events: EventTable;
  event_communities: EventCommunityTable;
  cultural_experiences: CulturalExperienceTable;
  protection_projects: ProtectionProjectTable;
  protection_beneficiaries: ProtectionBeneficiaryTable;
}

export type PublicationRow = Selectable<PublicationTable>;
export type NewsletterIssueRow = Selectable<NewsletterIssueTable>;
export type NewsletterItemRow = Selectable<NewsletterItemTable>;
export type EventRow = Selectable<EventTable>;
export type CulturalExperienceRow = Selectable<CulturalExperienceTable>;
export type ProtectionProjectRow = Selectable<ProtectionProjectTable>;
export type NewPublication = Insertable<PublicationTable>;
export type NewNewsletterIssue = Insertable<NewsletterIssueTable>;
export type NewNewsletterItem = Insertable<NewsletterItemTable>;
export type NewEvent = Insertable<EventTable>;
export type NewEventCommunity = Insertable<EventCommunityTable>;
export type NewCulturalExperience = Insertable<CulturalExperienceTable>;
export type NewProtectionProject = Insertable<ProtectionProjectTable>;
export type NewProtectionBeneficiary = Insertable<ProtectionBeneficiaryTable>;
