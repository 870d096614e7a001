/**
 * Writes of the monitoring and evaluation records of an action (Component IV): indicators,
 * measurements and monitoring visits, inside a write's transaction. These records are only ever
 * added; progress toward targets stays derived from the measurements (`progress.sql.ts`).
 */
import type { Insertable, Transaction } from 'kysely';
import { changesBetween, type FieldChange } from '../../../../lib/writes/auditStore.js';
import { dayNumber } from '../domain/calendar.js';
import { auditable } from './pilotActions.writes.js';
import { indicatorProgress } from './progress.sql.js';
import type {
  IndicatorProgressRow,
  IndicatorTable,
  MeasurementRow,
  MeasurementTable,
  MonitoringVisitRow,
  MonitoringVisitTable,
  PilotActionsDb,
} from './tables.js';

/** An indicator with what a measurement is checked against: its unit, its action's start and region. */
export interface IndicatorForWrite {
  readonly id: string;
  readonly code: string;
  readonly unit: string;
  readonly pilot_action_id: string;
  readonly starts_on: string;
  readonly lead_region_code: string;
}

/** The indicator and the facts of its action a measurement needs, read inside the transaction. */
export async function indicatorForWrite(trx: Transaction<PilotActionsDb>, id: string): Promise<IndicatorForWrite | undefined> {
  return trx
    .selectFrom('indicators')
    .innerJoin('pilot_actions', 'pilot_actions.id', 'indicators.pilot_action_id')
    .select(['indicators.id', 'indicators.code', 'indicators.unit', 'indicators.pilot_action_id', 'pilot_actions.starts_on', 'pilot_actions.lead_region_code'])
    .where('indicators.id', '=', id)
    .executeTakeFirst();
}

/** The id of the indicator that already has `code`, if any (codes are unique across actions). */
export async function indicatorIdOfCode(trx: Transaction<PilotActionsDb>, code: string): Promise<string | undefined> {
  const row = await trx.selectFrom('indicators').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id;
}

/** The columns a new indicator is given (its position comes after the action's existing ones). */
export type IndicatorValues = Omit<Insertable<IndicatorTable>, 'id' | 'pilot_action_id' | 'position'>;

/** Adds an indicator after the action's last one; returns every field as a change. */
export async function insertIndicator(
  trx: Transaction<PilotActionsDb>,
  id: string,
  pilotActionId: string,
  values: IndicatorValues,
): Promise<FieldChange[]> {
  const last = await trx
    .selectFrom('indicators')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('pilot_action_id', '=', pilotActionId)
    .executeTakeFirst();
  const position = last?.position == null ? 0 : Number(last.position) + 1;
  const row = { ...values, id, pilot_action_id: pilotActionId, position };
  await trx.insertInto('indicators').values(row).execute();
  return changesBetween(undefined, auditable(row));
}

/** An indicator with its derived figures, read inside the transaction (what the mutation returns). */
export async function indicatorWithProgress(trx: Transaction<PilotActionsDb>, id: string): Promise<IndicatorProgressRow | undefined> {
  return indicatorProgress(trx, { indicatorIds: [id] }).executeTakeFirst();
}

/** The columns a new measurement is given (its day number is derived). */
export type MeasurementValues = Omit<MeasurementTable, 'id' | 'indicator_id' | 'measured_day'>;

/** Records a measurement; returns every field as a change. */
export async function insertMeasurement(
  trx: Transaction<PilotActionsDb>,
  id: string,
  indicatorId: string,
  values: MeasurementValues,
): Promise<FieldChange[]> {
  const row = { ...values, id, indicator_id: indicatorId, measured_day: dayNumber(values.measured_on) };
  await trx.insertInto('measurements').values(row).execute();
  return changesBetween(undefined, auditable(row));
}

/** The columns a new visit is given (its day number is derived). */
export type VisitValues = Omit<MonitoringVisitTable, 'id' | 'pilot_action_id' | 'visited_day'>;

/** Records a monitoring visit; returns every field as a change. */
export async function insertVisit(trx: Transaction<PilotActionsDb>, id: string, pilotActionId: string, values: VisitValues): Promise<FieldChange[]> {
  const row = { ...values, id, pilot_action_id: pilotActionId, visited_day: dayNumber(values.visited_on) };
  await trx.insertInto('monitoring_visits').values(row).execute();
  return changesBetween(undefined, auditable(row));
}

/** A measurement just inserted, read inside the transaction (what the mutation returns). */
export async function measurementForWrite(trx: Transaction<PilotActionsDb>, id: string): Promise<MeasurementRow> {
  return trx.selectFrom('measurements').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** A visit just inserted, read inside the transaction (what the mutation returns). */
export async function visitForWrite(trx: Transaction<PilotActionsDb>, id: string): Promise<MonitoringVisitRow> {
  return trx.selectFrom('monitoring_visits').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
