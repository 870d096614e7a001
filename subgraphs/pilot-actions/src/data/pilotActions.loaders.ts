/**
 * Per-request DataLoaders: every entity lookup and relation of a request is batched into one
 * statement per kind, whatever the number of parents (the gateway sends `_entities` batches of
 * hundreds of representations).
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { byKey, groupByKey, pagedLoader, type PagedLoader } from '../../../../lib/loaders.js';
import type { IndicatorProgressRow, MeasurementRow, MonitoringVisitRow, PilotActionRow, PilotActionsDb } from './tables.js';
import * as actions from './pilotActions.repository.js';
import * as indicators from './indicators.repository.js';
import * as visits from './visits.repository.js';

export interface Loaders {
  action: DataLoader<string, PilotActionRow | null>;
  /** True when any indicator of the action is behind target (SQL aggregate over the batch). */
  actionBehindTarget: DataLoader<string, boolean>;
  indicator: DataLoader<string, IndicatorProgressRow | null>;
  indicatorsOfAction: DataLoader<string, IndicatorProgressRow[]>;
  measurement: DataLoader<string, MeasurementRow | null>;
  visit: DataLoader<string, MonitoringVisitRow | null>;
  lastVisitOfAction: DataLoader<string, MonitoringVisitRow | null>;
  measurementsOfIndicator: PagedLoader<MeasurementRow, Record<string, never>>;
  visitsOfAction: PagedLoader<MonitoringVisitRow, Record<string, never>>;
  actionsOfRegion: PagedLoader<PilotActionRow, actions.PilotActionFilter>;
  actionsOfMunicipality: PagedLoader<PilotActionRow, actions.PilotActionFilter>;
}

/** Builds the loaders of one request. */
export function createLoaders(db: Kysely<PilotActionsDb>): Loaders {
  return {
    action: new DataLoader(async (ids) => byKey(ids, await actions.actionsByIds(db, ids), (a) => a.id)),
    actionBehindTarget: new DataLoader(async (ids) => {
      const behind = await actions.behindTargetByAction(db, ids);
      return ids.map((id) => behind.get(id) ?? false);
    }),
    indicator: new DataLoader(async (ids) => byKey(ids, await indicators.indicatorsByIds(db, ids), (i) => i.id)),
    indicatorsOfAction: new DataLoader(async (ids) =>
      groupByKey(ids, await indicators.indicatorsOfActions(db, ids), (i) => i.pilot_action_id),
    ),
    measurement: new DataLoader(async (ids) => byKey(ids, await indicators.measurementsByIds(db, ids), (m) => m.id)),
    visit: new DataLoader(async (ids) => byKey(ids, await visits.visitsByIds(db, ids), (v) => v.id)),
    lastVisitOfAction: new DataLoader(async (ids) =>
      byKey(ids, await visits.lastVisitsOfActions(db, ids), (v) => v.pilot_action_id),
    ),
    measurementsOfIndicator: pagedLoader((ids, _filter, page) => indicators.measurementsOfIndicators(db, ids, page)),
    visitsOfAction: pagedLoader((ids, _filter, page) => visits.visitsOfActions(db, ids, page)),
    actionsOfRegion: pagedLoader((codes, filter, page) => actions.actionsOfRegions(db, codes, filter, page)),
    actionsOfMunicipality: pagedLoader((codes, filter, page) => actions.actionsOfMunicipalities(db, codes, filter, page)),
  };
}
