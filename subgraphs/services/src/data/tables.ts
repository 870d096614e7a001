/**
 * Kysely table interfaces of the services database. Booleans are 0/1 and timestamps ISO 8601
 * text in both dialects. Areas, languages and target groups live twice: as JSON arrays on the
 * service row (output without extra statements) and in link tables (filters and counts in SQL).
 */
import type { Generated, Selectable } from 'kysely';
import type { AuditDb } from '../../../../lib/writes/auditStore.js';

export interface ServiceTable {
  /** `SRV-00001` .. `SRV-05200`. */
  id: string;
  /** A `ProviderKind` value. */
  provider_kind: string;
  /** `ASS-0001` .. `ASS-1200` (owned by the associations subgraph), or null. */
  association_id: string | null;
  /** ISTAT codes: six-digit municipality, and its province and region (from lib/istat.ts). */
  municipality_code: string;
  province_code: string;
  region_code: string;
  /** JSON translations, Italian always present. */
  name_i18n: string;
  /** Lower-cased Italian name, for case-insensitive search with one query on both dialects. */
  name_search: string;
  description_i18n: string;
  opening_hours_i18n: string;
  address: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** JSON arrays, mirrored by the link tables. */
  areas: string;
  languages: string;
  target_groups: string;
  free_of_charge: number;
  /** ISO 8601 UTC timestamp of the last update. */
  updated_at: string;
  /** Optimistic lock: incremented by every write; an update names the version it read. */
  version: Generated<number>;
  /** ISO 8601 UTC timestamp of the closure; null while the service is open. */
  closed_at: string | null;
  /** The desk's contact person (personal data). */
  contact_person_name: string | null;
  contact_person_phone: string | null;
  contact_person_email: string | null;
}

export interface ServiceAreaTable {
  service_id: string;
  area: string;
}

export interface ServiceLanguageTable {
  service_id: string;
  /** ISO 639-1 code. */
  language: string;
}

export interface ServiceTargetGroupTable {
  service_id: string;
  target_group: string;
}

export interface ServicesDb extends AuditDb {
  services: ServiceTable;
  service_areas: ServiceAreaTable;
  service_languages: ServiceLanguageTable;
  service_target_groups: ServiceTargetGroupTable;
}

export type ServiceRow = Selectable<ServiceTable>;
