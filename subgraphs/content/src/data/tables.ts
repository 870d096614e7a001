/** Kysely table interfaces of the content database. */
import type { Insertable, Selectable } from 'kysely';

/** One content as stored. */
export interface ContentTable {
  /** `CON-` and five digits. */
  id: string;
  /** JSON translations, Italian always present (lib/locale.ts). */
  name_i18n: string;
  /** Six-digit ISTAT code of the municipality (an entity of the territories subgraph). */
  municipality_code: string;
  /** Shown to authenticated callers only. */
  contact_email: string | null;
}

/** The tables of the content database. */
export interface ContentDb {
  content: ContentTable;
}

export type ContentRow = Selectable<ContentTable>;
export type NewContent = Insertable<ContentTable>;
