/**
 * The derived figures of the indicators, in SQL: latest value per indicator (a window function),
 * progress, expected progress and whether the indicator is behind. Never stored, never computed
 * by looping in JS. Dates are compared as integer day numbers, so the same query runs on SQLite
 * and PostgreSQL.
 *
 * - progress = (latest - baseline) / (target - baseline)
 * - expected progress = share of the action's duration elapsed at the latest measurement, in [0, 1]
 * - behind = progress < expected progress - 0.10
 */
import { sql, type Kysely } from 'kysely';
import type { PilotActionsDb } from './tables.js';

/** How far behind its schedule an indicator may be before it counts as behind target. */
export const BEHIND_TOLERANCE = 0.1;

/** Restricts the computation to some indicators or to the indicators of some actions. */
export interface ProgressScope {
  readonly indicatorIds?: readonly string[];
  readonly actionIds?: readonly string[];
}

function latestMeasurements(db: Kysely<PilotActionsDb>, scope: ProgressScope) {
  let query = db
    .selectFrom('measurements')
    .select([
      'measurements.indicator_id',
      'measurements.value',
      'measurements.measured_on',
      'measurements.measured_day',
      sql<number>`row_number() over (partition by measurements.indicator_id order by measurements.measured_day desc, measurements.id desc)`.as('rn'),
    ]);
  if (scope.indicatorIds) query = query.where('measurements.indicator_id', 'in', scope.indicatorIds);
  if (scope.actionIds) {
    const indicators = db.selectFrom('indicators').select('indicators.id').where('indicators.pilot_action_id', 'in', scope.actionIds);
    query = query.where('measurements.indicator_id', 'in', indicators);
  }
  return query;
}

function rawProgress(db: Kysely<PilotActionsDb>, scope: ProgressScope) {
  let query = db
    .selectFrom('indicators')
    .innerJoin('pilot_actions', 'pilot_actions.id', 'indicators.pilot_action_id')
    .leftJoin(latestMeasurements(db, scope).as('latest'), (join) =>
      join.onRef('latest.indicator_id', '=', 'indicators.id').on('latest.rn', '=', 1),
    )
    .selectAll('indicators')
    .select([
      'latest.value as latest_value',
      'latest.measured_on as latest_measured_on',
      sql<number | null>`(latest.value - indicators.baseline) / nullif(indicators.target - indicators.baseline, 0)`.as('progress'),
      // Integer day numbers: the same arithmetic on both dialects; cast so the division is not integer division.
      sql<number | null>`cast(latest.measured_day - pilot_actions.starts_day as double precision)
        / nullif(pilot_actions.ends_day - pilot_actions.starts_day, 0)`.as('elapsed'),
    ]);
  if (scope.indicatorIds) query = query.where('indicators.id', 'in', scope.indicatorIds);
  if (scope.actionIds) query = query.where('indicators.pilot_action_id', 'in', scope.actionIds);
  return query;
}

/**
 * Indicators with their derived figures (`IndicatorProgressRow` columns), one statement however
 * many indicators or actions are in scope.
 */
export function indicatorProgress(db: Kysely<PilotActionsDb>, scope: ProgressScope = {}) {
  // CASE rather than min/max: SQLite's scalar min/max are PostgreSQL's least/greatest.
  const expected = sql<number | null>`case when p.elapsed < 0 then 0.0 when p.elapsed > 1 then 1.0 else p.elapsed end`;
  return db
    .selectFrom(rawProgress(db, scope).as('p'))
    .selectAll('p')
    .select([
      expected.as('expected_progress'),
      sql<number>`case when p.progress < (${expected}) - ${sql.lit(BEHIND_TOLERANCE)} then 1 else 0 end`.as('behind'),
    ]);
}

/** Ids of the actions with at least one indicator behind target (a subquery for filters). */
export function actionsBehindTarget(db: Kysely<PilotActionsDb>) {
  return db.selectFrom(indicatorProgress(db).as('ip')).select('ip.pilot_action_id').where('ip.behind', '=', 1);
}

/** Per action, 1 when any of its indicators is behind target; actions without indicators are absent. */
export function behindByAction(db: Kysely<PilotActionsDb>, actionIds: readonly string[]) {
  return db
    .selectFrom(indicatorProgress(db, { actionIds }).as('ip'))
    .select(['ip.pilot_action_id', (eb) => eb.fn.max('ip.behind').as('behind')])
    .groupBy('ip.pilot_action_id');
}
