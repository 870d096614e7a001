/**
 * Indicators (3 to 6 per action) and their monthly measurements, from the action's start up to
 * the earlier of its end and the reference date. Values follow each indicator's schedule times a
 * performance factor, so that progress against expected progress is realistic: on-track actions
 * stay within a few points of the schedule, lagging ones fall well behind on some indicators.
 */
import { formatId } from '../../../../../lib/ids.js';
import type { Random } from '../../../../../lib/random.js';
import type { IndicatorType } from '../../__generated__/resolvers-types.js';
import { REFERENCE_DAY, REFERENCE_MONTH, dayNumber, firstDayOf, lastDayOf } from '../../domain/calendar.js';
import type { IndicatorTable, MeasurementTable } from '../tables.js';
import type { ActionSpec } from './actions.js';
import { INDICATOR_TEMPLATES, ON_SITE_CHECK_SOURCE, type IndicatorTemplate } from './indicatorCatalog.js';

/** A template every area can use: outreach is measured by all actions that choose it. */
const OUTREACH: IndicatorTemplate = {
  type: 'OUTPUT',
  name: { it: 'Persone raggiunte dalle campagne informative', en: 'People reached by information campaigns', fr: 'Personnes touchées par les campagnes d’information' },
  unit: 'people',
  shape: 'count',
  range: [500, 5000],
  source: 'Rilevazione dell’ente attuatore',
};

const TYPE_RANK: Readonly<Record<IndicatorType, number>> = { OUTPUT: 0, OUTCOME: 1, IMPACT: 2 };
const TYPE_CODE: Readonly<Record<IndicatorType, string>> = { OUTPUT: 'OUT', OUTCOME: 'OUC', IMPACT: 'IMP' };

/** Share of the action's duration elapsed on `day`, as the SQL of the repository computes it. */
export function elapsedShare(action: ActionSpec, day: number): number {
  const start = dayNumber(firstDayOf(action.startMonth));
  const end = dayNumber(lastDayOf(action.endMonth));
  return Math.min(1, Math.max(0, (day - start) / (end - start)));
}

/**
 * Marks about a third of the active actions as lagging, among those far enough into their
 * schedule (40% or more) for a lag to be visible in the figures.
 */
export function markLagging(actions: ActionSpec[], rng: Random): void {
  const active = actions.filter((a) => a.status === 'ACTIVE');
  const candidates = active.filter((a) => elapsedShare(a, REFERENCE_DAY) >= 0.4);
  for (const action of rng.sample(candidates, Math.round(active.length / 3))) action.lagging = true;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function baselineAndTarget(template: IndicatorTemplate, rng: Random): [number, number] {
  const [min, max] = template.range;
  const level = min + rng.next() * (max - min);
  if (template.shape === 'count') return [0, template.unit === 'hours' ? Math.round(level / 50) * 50 : Math.round(level)];
  if (template.shape === 'rising') {
    const baseline = round(level, 1);
    return [baseline, Math.min(95, baseline + rng.int(10, 30))];
  }
  const baseline = round(level, 1);
  return [baseline, round(baseline * (0.5 + rng.next() * 0.25), 1)];
}

/** Performance factor of one indicator: how far along its schedule it actually moves. */
function performance(action: ActionSpec, lagging: boolean, rng: Random): number {
  const between = (min: number, max: number) => min + rng.next() * (max - min);
  if (lagging) return between(0.3, 0.55);
  if (action.status === 'SUSPENDED') return between(0.8, 1.0);
  if (action.status === 'ACTIVE') return between(0.98, 1.15);
  return between(0.9, 1.15);
}

export interface GeneratedIndicators {
  readonly indicators: IndicatorTable[];
  readonly measurements: MeasurementTable[];
}

/** Indicators and measurements of every action, with sequential ids `IND-0001`, `MEA-000001`. */
export function buildIndicators(actions: readonly ActionSpec[], rng: Random): GeneratedIndicators {
  const indicators: IndicatorTable[] = [];
  const measurements: MeasurementTable[] = [];
  for (const action of actions) {
    const pool = [...INDICATOR_TEMPLATES[action.area], OUTREACH];
    // The first output and the first outcome of the area are always measured; the rest vary.
    const extra = rng.sample([1, 3, 4, 5], rng.int(1, 4));
    const chosen = [0, 2, ...extra]
      .map((i) => pool[i] as IndicatorTemplate)
      .sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type]);
    const lagging = new Set(action.lagging ? rng.sample(chosen.map((_, i) => i), rng.int(1, 2)) : []);
    const perType: Record<string, number> = {};
    chosen.forEach((template, position) => {
      perType[template.type] = (perType[template.type] ?? 0) + 1;
      const id = formatId('indicator', indicators.length + 1);
      const [baseline, target] = baselineAndTarget(template, rng);
      indicators.push({
        id,
        pilot_action_id: action.id,
        code: `${action.code}-${TYPE_CODE[template.type]}${perType[template.type]}`,
        name_i18n: JSON.stringify(template.name),
        type: template.type,
        unit: template.unit,
        baseline,
        target,
        position,
      });
      const factor = performance(action, lagging.has(position), rng);
      measurements.push(...measure(action, template, id, baseline, target, factor, rng, measurements.length));
    });
  }
  return { indicators, measurements };
}

/** Monthly values (last day of each month) from the start to min(end, reference date). */
function measure(
  action: ActionSpec,
  template: IndicatorTemplate,
  indicatorId: string,
  baseline: number,
  target: number,
  factor: number,
  rng: Random,
  idOffset: number,
): MeasurementTable[] {
  const rows: MeasurementTable[] = [];
  const lastMonth = Math.min(action.endMonth, REFERENCE_MONTH);
  // A suspended action stops moving: its figures stay where they were before the suspension.
  const frozenDay = action.suspendedFrom === null ? null : dayNumber(lastDayOf(action.suspendedFrom - 1));
  let previous = baseline;
  for (let month = action.startMonth; month <= lastMonth; month++) {
    const measuredOn = lastDayOf(month);
    const day = dayNumber(measuredOn);
    const share = factor * elapsedShare(action, frozenDay === null ? day : Math.min(day, frozenDay)) + (rng.next() - 0.5) * 0.04;
    let value = baseline + (target - baseline) * Math.max(0, share);
    if (template.shape === 'count') value = Math.max(previous, Math.round(value));
    else value = Math.min(template.unit === '%' ? 100 : Infinity, Math.max(0, round(value, 1)));
    previous = value;
    rows.push({
      id: formatId('measurement', idOffset + rows.length + 1),
      indicator_id: indicatorId,
      value,
      measured_on: measuredOn,
      measured_day: day,
      source: (month - action.startMonth) % 3 === 2 ? ON_SITE_CHECK_SOURCE : template.source,
    });
  }
  return rows;
}
