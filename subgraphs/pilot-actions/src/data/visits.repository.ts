/** Queries of monitoring visits. Plain functions taking `db` first; one statement each. */
import { sql, type Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pagesByParent, type PageOfRows } from '../../../../lib/db/paging.js';
import type { MonitoringVisitRow, PilotActionsDb } from './tables.js';

/** Visits by id. */
export async function visitsByIds(db: Kysely<PilotActionsDb>, ids: readonly string[]): Promise<MonitoringVisitRow[]> {
  return db.selectFrom('monitoring_visits').selectAll().where('id', 'in', ids).execute();
}

/** Pages of visits for many actions at once, oldest first. */
export async function visitsOfActions(
  db: Kysely<PilotActionsDb>,
  actionIds: readonly string[],
  page: Page,
): Promise<Map<string, PageOfRows<MonitoringVisitRow>>> {
  const base = db.selectFrom('monitoring_visits').selectAll().where('pilot_action_id', 'in', actionIds);
  return pagesByParent(db, base, 'pilot_action_id', [{ column: 'visited_day' }, { column: 'id' }], page);
}

/** The latest visit of each action (a window function over the batch); actions never visited are absent. */
export async function lastVisitsOfActions(db: Kysely<PilotActionsDb>, actionIds: readonly string[]): Promise<MonitoringVisitRow[]> {
  const ranked = db
    .selectFrom('monitoring_visits')
    .selectAll()
    .select(sql<number>`row_number() over (partition by pilot_action_id order by visited_day desc, id desc)`.as('rn'))
    .where('pilot_action_id', 'in', actionIds);
  const rows = await db.selectFrom(ranked.as('v')).selectAll('v').where('v.rn', '=', 1).execute();
  return rows.map(({ rn: _rn, ...visit }) => visit);
}
