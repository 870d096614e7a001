/**
 * Kysely table interfaces of the associations database. Booleans are stored as 0/1 in both
 * dialects; texts as JSON translations with Italian always present.
 */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { AuditDb } from '../../../../lib/writes/auditStore.js';

export interface AssociationTable {
  /** `ASS-0001` .. `ASS-1200`: the id other subgraphs refer to. */
  id: string;
  /** The association's own name: a proper name, never translated. */
  name: string;
  /** Lower-cased name, for case-insensitive search with one query on both dialects. */
  name_search: string;
  /** One of the GraphQL `AssociationKind` values. */
  kind: string;
  /** ISTAT codes of the seat; province and region are derived from lib/istat.ts when seeding. */
  seat_municipality_code: string;
  seat_province_code: string;
  seat_region_code: string;
  /** 1 when entered in the national register; the register_* columns are then set. */
  is_registered: number;
  register_number: string | null;
  register_section: string | null;
  /** ISO date `YYYY-MM-DD`. */
  registered_on: string | null;
  founded_year: number | null;
  /** JSON translations of the activities text. */
  activities_i18n: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** Optimistic lock: incremented by every write; an update names the version it read. */
  version: Generated<number>;
  /** The association's contact person (personal data). */
  contact_person_name: string | null;
  contact_person_phone: string | null;
  contact_person_email: string | null;
}

/** Communities (ISO 3166-1 alpha-2 countries of origin) an association represents. */
export interface AssociationCommunityTable {
  association_id: string;
  community: string;
  /** Order in which the association lists its communities (0 = the main one). */
  position: number;
}

/** Fields of the cultural area (GraphQL `CulturalField` values) of cultural organisations. */
export interface AssociationCulturalFieldTable {
  association_id: string;
  field: string;
}

export interface AssociationsDb extends AuditDb {
  associations: AssociationTable;
  association_communities: AssociationCommunityTable;
  association_cultural_fields: AssociationCulturalFieldTable;
}

export type AssociationRow = Selectable<AssociationTable>;
/** An association as inserted: the version and the contact person take their defaults. */
export type NewAssociationRow = Insertable<AssociationTable>;
export type AssociationCommunityRow = Selectable<AssociationCommunityTable>;
export type AssociationCulturalFieldRow = Selectable<AssociationCulturalFieldTable>;
