/**
 * Validation of the monitoring mutations' inputs (indicators, measurements, visits), field by
 * field, against the action they belong to: its code, start, municipalities. The caller reads
 * the action inside the write's transaction and passes what is needed, so that every problem of
 * an input is reported at once (`lib/writes/input.ts`).
 */
import { InputCheck } from '../../../../lib/writes/input.js';
import type {
  AddIndicatorInput,
  RecordMeasurementInput,
  RecordMonitoringVisitInput,
} from '../__generated__/resolvers-types.js';
import type { IndicatorValues, MeasurementValues, VisitValues } from '../data/monitoring.writes.js';
import { textsJson } from './writeInput.js';

const SUFFIX = /^[A-Z0-9]{1,8}$/;
/** Indicators' `code` column is varchar(24). */
const MAX_INDICATOR_CODE = 24;
const MAX_FOLLOW_UPS = 20;
const PERCENT = '%';

/** A date no earlier than the action's start and no later than today (see `writableToday`). */
function dateWithin(
  check: InputCheck,
  field: string,
  value: string,
  startsOn: string,
  today: string,
): string | undefined {
  if (!check.expect(value >= startsOn, field, `must not be before the action starts (${startsOn})`))
    return undefined;
  return check.expect(value <= today, field, `must not be in the future (after ${today})`)
    ? value
    : undefined;
}

/** A figure in the indicator's unit: not negative, and at most 100 for a percentage. */
function figure(check: InputCheck, field: string, value: number, unit: string): number | undefined {
  if (!check.expect(value >= 0, field, 'must not be negative')) return undefined;
  return check.expect(unit !== PERCENT || value <= 100, field, 'is a percentage: must be at most 100')
    ? value
    : undefined;
}

/** What `addIndicator`'s input is checked against. */
export interface IndicatorContext {
  /** The action's code: an indicator's code is the action's code and a suffix. */
  readonly actionCode: string;
  /** The indicator that already has the input's code, if any. */
  readonly codeTakenBy: string | undefined;
}

/** Checks `addIndicator`'s input. @throws BAD_USER_INPUT listing every bad field */
export function checkAddIndicator(input: AddIndicatorInput, context: IndicatorContext): IndicatorValues {
  const check = new InputCheck();
  const code = input.code.trim();
  const prefix = `${context.actionCode}-`;
  // The action's code as prefix makes codes unique across actions exactly when they are unique within one.
  const suffixOk =
    code.startsWith(prefix) && SUFFIX.test(code.slice(prefix.length)) && code.length <= MAX_INDICATOR_CODE;
  check.expect(
    suffixOk,
    'input.code',
    `must be the action's code and a suffix of capital letters and digits, e.g. "${prefix}OUT1"`,
  );
  if (suffixOk && context.codeTakenBy !== undefined)
    check.fail('input.code', `"${code}" is already the code of ${context.codeTakenBy} in this action`);
  const unit = check.text('input.unit', input.unit, { max: 24 });
  const baseline =
    unit === undefined ? input.baseline : figure(check, 'input.baseline', input.baseline, unit);
  const target = unit === undefined ? input.target : figure(check, 'input.target', input.target, unit);
  if (baseline !== undefined && target !== undefined) {
    check.expect(
      target !== baseline,
      'input.target',
      `must differ from the baseline (${baseline}): progress runs from the baseline to the target`,
    );
  }
  const values = {
    code,
    name_i18n: textsJson(check, 'input.name', input.name, 300),
    type: input.type,
    unit,
    baseline,
    target,
  };
  check.done();
  return values as IndicatorValues;
}

/** What `recordMeasurement`'s input is checked against. */
export interface MeasurementContext {
  readonly unit: string;
  readonly startsOn: string;
  readonly today: string;
}

/** Checks `recordMeasurement`'s input. @throws BAD_USER_INPUT listing every bad field */
export function checkRecordMeasurement(
  input: RecordMeasurementInput,
  context: MeasurementContext,
): MeasurementValues {
  const check = new InputCheck();
  const values = {
    value: figure(check, 'input.value', input.value, context.unit),
    measured_on: dateWithin(check, 'input.measuredOn', input.measuredOn, context.startsOn, context.today),
    source: check.text('input.source', input.source, { max: 300 }),
  };
  check.done();
  return values as MeasurementValues;
}

/** What `recordMonitoringVisit`'s input is checked against. */
export interface VisitContext {
  /** Municipalities where the action runs. */
  readonly municipalityCodes: readonly string[];
  readonly startsOn: string;
  readonly today: string;
}

/** Checks `recordMonitoringVisit`'s input. @throws BAD_USER_INPUT listing every bad field */
export function checkRecordVisit(input: RecordMonitoringVisitInput, context: VisitContext): VisitValues {
  const check = new InputCheck();
  const municipality = check.municipality('input.municipalityCode', input.municipalityCode);
  if (municipality && !context.municipalityCodes.includes(municipality.istatCode)) {
    check.fail(
      'input.municipalityCode',
      `the action does not run in ${municipality.istatCode} (${municipality.name}); it runs in ${context.municipalityCodes.join(', ')}`,
    );
  }
  check.expect(
    Number.isInteger(input.rating) && input.rating >= 1 && input.rating <= 5,
    'input.rating',
    `must be from 1 (critical) to 5 (excellent), got ${input.rating}`,
  );
  check.expect(
    input.followUps.length <= MAX_FOLLOW_UPS,
    'input.followUps',
    `must list at most ${MAX_FOLLOW_UPS} follow-ups`,
  );
  const followUps = input.followUps.map((text, i) => check.text(`input.followUps.${i}`, text, { max: 300 }));
  const values = {
    visited_on: dateWithin(check, 'input.visitedOn', input.visitedOn, context.startsOn, context.today),
    municipality_code: municipality?.istatCode,
    region_code: municipality?.regionCode,
    findings_i18n: textsJson(check, 'input.findings', input.findings),
    rating: input.rating,
    follow_ups: JSON.stringify(followUps),
  };
  check.done();
  return values as VisitValues;
}
