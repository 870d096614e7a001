import type { Kysely } from 'kysely';
import { setVarcharWidth } from '../../../../../lib/db/index.js';
import { ID_MAX_LENGTH } from '../../../../../lib/ids.js';

/** Ids grow past their padded width (`ASS-10000` after `ASS-9999`): they take the graph's id width. */
const COLUMNS = [
  ['associations', 'id', 8],
  ['association_communities', 'association_id', 8],
  ['association_cultural_fields', 'association_id', 8],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of COLUMNS) await setVarcharWidth(db, table, column, ID_MAX_LENGTH);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, column, width] of [...COLUMNS].reverse()) await setVarcharWidth(db, table, column, width);
}
