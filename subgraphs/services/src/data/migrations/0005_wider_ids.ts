import type { Kysely } from 'kysely';
import { setVarcharWidth } from '../../../../../lib/db/index.js';
import { ID_MAX_LENGTH } from '../../../../../lib/ids.js';

/**
 * Ids grow past their padded width (`SRV-100000` after `SRV-99999`, `ASS-10000` after
 * `ASS-9999`): service ids, the link tables that repeat them, and the association ids kept here
 * take the graph's id width.
 */
const COLUMNS = [
  ['services', 'id', 9],
  ['service_areas', 'service_id', 9],
  ['service_languages', 'service_id', 9],
  ['service_target_groups', 'service_id', 9],
  ['services', 'association_id', 8],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of COLUMNS) await setVarcharWidth(db, table, column, ID_MAX_LENGTH);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, column, width] of [...COLUMNS].reverse()) await setVarcharWidth(db, table, column, width);
}
