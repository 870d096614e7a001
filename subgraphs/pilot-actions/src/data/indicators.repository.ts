/** Queries of indicators and measurements. Plain functions taking `db` first; one statement each. */
import type { Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pagesByParent, type PageOfRows } from '../../../../lib/db/paging.js';
import type { IndicatorProgressRow, MeasurementRow, PilotActionsDb } from './tables.js';
import { indicatorProgress } from './progress.sql.js';

/** Indicators by id, with their derived figures. */
export async function indicatorsByIds(db: Kysely<PilotActionsDb>, ids: readonly string[]): Promise<IndicatorProgressRow[]> {
  return indicatorProgress(db, { indicatorIds: ids }).execute();
}

/** The indicators of many actions, with their derived figures, in each action's order. */
export async function indicatorsOfActions(db: Kysely<PilotActionsDb>, actionIds: readonly string[]): Promise<IndicatorProgressRow[]> {
  return indicatorProgress(db, { actionIds }).orderBy('p.pilot_action_id').orderBy('p.position').execute();
}

/** Measurements by id. */
export async function measurementsByIds(db: Kysely<PilotActionsDb>, ids: readonly string[]): Promise<MeasurementRow[]> {
  return db.selectFrom('measurements').selectAll().where('id', 'in', ids).execute();
}

/** Pages of measurements for many indicators at once, oldest first (a time series reads left to right). */
export async function measurementsOfIndicators(
  db: Kysely<PilotActionsDb>,
  indicatorIds: readonly string[],
  page: Page,
): Promise<Map<string, PageOfRows<MeasurementRow>>> {
  const base = db.selectFrom('measurements').selectAll().where('indicator_id', 'in', indicatorIds);
  return pagesByParent(db, base, 'indicator_id', [{ column: 'measured_day' }, { column: 'id' }], page);
}
