import type { Kysely } from 'kysely';
import { setVarcharWidth } from '../../../../../lib/db/index.js';
import { ID_MAX_LENGTH } from '../../../../../lib/ids.js';

/**
 * Ids grow past their padded width (`PA-1000` after `PA-999`, `MV-10000` after `MV-9999`): the
 * ids of actions, indicators, measurements and visits, and the columns that repeat them, take the
 * graph's id width.
 */
const COLUMNS = [
  ['pilot_actions', 'id', 6],
  ['pilot_action_municipalities', 'pilot_action_id', 6],
  ['indicators', 'id', 10],
  ['indicators', 'pilot_action_id', 6],
  ['measurements', 'id', 12],
  ['measurements', 'indicator_id', 10],
  ['monitoring_visits', 'id', 8],
  ['monitoring_visits', 'pilot_action_id', 6],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of COLUMNS) await setVarcharWidth(db, table, column, ID_MAX_LENGTH);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table, column, width] of [...COLUMNS].reverse()) await setVarcharWidth(db, table, column, width);
}
