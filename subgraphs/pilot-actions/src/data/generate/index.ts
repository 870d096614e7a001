/**
 * The whole deterministic data set of the pilot-actions subgraph, as rows ready to insert. Pure:
 * the same seed gives the same rows on every run (no clock, no Math.random).
 */
import { createRandom } from '../../../../../lib/random.js';
import type { Insertable } from 'kysely';
import type { PilotActionMunicipalityTable, PilotActionTable, PilotActionsDb } from '../tables.js';
import { dayNumber, firstDayOf, lastDayOf } from '../../domain/calendar.js';
import { buildActions } from './actions.js';
import { buildIndicators, markLagging } from './indicators.js';
import { buildVisits } from './visits.js';

/** Seed of the generator; change it and every figure of the data set changes. */
export const SEED = 20_261_031;

export interface GeneratedData {
  /** Without `version`: every seeded action starts at the column's default, 1. */
  readonly pilot_actions: Insertable<PilotActionTable>[];
  readonly pilot_action_municipalities: PilotActionMunicipalityTable[];
  readonly indicators: PilotActionsDb['indicators'][];
  readonly measurements: PilotActionsDb['measurements'][];
  readonly monitoring_visits: PilotActionsDb['monitoring_visits'][];
}

/** Generates every row of the data set. */
export function generate(seed: number = SEED): GeneratedData {
  const rng = createRandom(seed);
  const actions = buildActions(rng);
  markLagging(actions, rng);
  const { indicators, measurements } = buildIndicators(actions, rng);
  const monitoring_visits = buildVisits(actions, rng);
  const pilot_actions = actions.map((a) => {
    const startsOn = firstDayOf(a.startMonth);
    const endsOn = lastDayOf(a.endMonth);
    const lead = a.municipalities[0];
    return {
      id: a.id,
      code: a.code,
      region_code: a.region.code,
      title_i18n: JSON.stringify(a.title),
      thematic_area: a.area,
      lead_kind: a.leadKind,
      lead_region_code: a.region.code,
      lead_municipality_code: a.leadKind === 'MUNICIPALITY' && lead ? lead.istatCode : null,
      partner_association_ids: JSON.stringify(a.partners),
      related_service_ids: JSON.stringify(a.services),
      municipality_codes: JSON.stringify(a.municipalities.map((m) => m.istatCode)),
      status: a.status,
      starts_on: startsOn,
      starts_day: dayNumber(startsOn),
      ends_on: endsOn,
      ends_day: dayNumber(endsOn),
      inspired_by_i18n: a.inspiredBy ? JSON.stringify(a.inspiredBy) : null,
    };
  });
  const pilot_action_municipalities = actions.flatMap((a) =>
    a.municipalities.map((m, position) => ({
      pilot_action_id: a.id,
      municipality_code: m.istatCode,
      province_code: m.provinceCode,
      region_code: m.regionCode,
      position,
    })),
  );
  return { pilot_actions, pilot_action_municipalities, indicators, measurements, monitoring_visits };
}
