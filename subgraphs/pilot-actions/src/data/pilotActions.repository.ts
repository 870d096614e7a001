/** Queries of the pilot actions. Plain functions taking `db` first; one statement each. */
import { sql, type Kysely } from 'kysely';
import type { Page } from '../../../../lib/pagination.js';
import { pageOf, pagesByParent, type OrderTerm, type PageOfRows } from '../../../../lib/db/paging.js';
import type { PilotActionsDb, PilotActionRow } from './tables.js';
import { actionsBehindTarget, behindByAction } from './progress.sql.js';

/** A validated `PilotActionFilter`: codes and ids well-formed, lists as given (empty matches nothing). */
export interface PilotActionFilter {
  readonly regionCode?: string | null;
  readonly municipalityCode?: string | null;
  readonly statuses?: readonly string[] | null;
  readonly thematicAreas?: readonly string[] | null;
  readonly behindTarget?: boolean | null;
  readonly ids?: readonly string[] | null;
}

const ORDER: readonly OrderTerm[] = [{ column: 'pilot_actions.id' }];

/**
 * (action, region) pairs: the region of every municipality where the action runs, and the region
 * it belongs to (its lead's). "Actions of a region" means running in it or led by it.
 */
function actionRegions(db: Kysely<PilotActionsDb>) {
  return db
    .selectFrom('pilot_action_municipalities')
    .select(['pilot_action_municipalities.pilot_action_id', 'pilot_action_municipalities.region_code'])
    .union(db.selectFrom('pilot_actions').select(['pilot_actions.id as pilot_action_id', 'pilot_actions.lead_region_code as region_code']));
}

/** The actions matching `filter`, every condition in SQL. */
function filtered(db: Kysely<PilotActionsDb>, filter: PilotActionFilter) {
  let query = db.selectFrom('pilot_actions').selectAll('pilot_actions');
  const nothing = sql<boolean>`1 = 0`;
  if (filter.regionCode != null) {
    const inRegion = db.selectFrom(actionRegions(db).as('ar')).select('ar.pilot_action_id').where('ar.region_code', '=', filter.regionCode);
    query = query.where('pilot_actions.id', 'in', inRegion);
  }
  if (filter.municipalityCode != null) {
    const inMunicipality = db
      .selectFrom('pilot_action_municipalities')
      .select('pilot_action_municipalities.pilot_action_id')
      .where('pilot_action_municipalities.municipality_code', '=', filter.municipalityCode);
    query = query.where('pilot_actions.id', 'in', inMunicipality);
  }
  if (filter.statuses) {
    query = filter.statuses.length === 0 ? query.where(nothing) : query.where('pilot_actions.status', 'in', filter.statuses);
  }
  if (filter.thematicAreas) {
    query = filter.thematicAreas.length === 0 ? query.where(nothing) : query.where('pilot_actions.thematic_area', 'in', filter.thematicAreas);
  }
  if (filter.ids) {
    query = filter.ids.length === 0 ? query.where(nothing) : query.where('pilot_actions.id', 'in', filter.ids);
  }
  if (filter.behindTarget != null) {
    query = query.where('pilot_actions.id', filter.behindTarget ? 'in' : 'not in', actionsBehindTarget(db));
  }
  return query;
}

/** Actions by id, in any order. */
export async function actionsByIds(db: Kysely<PilotActionsDb>, ids: readonly string[]): Promise<PilotActionRow[]> {
  return db.selectFrom('pilot_actions').selectAll().where('id', 'in', ids).execute();
}

/** One page of the actions matching `filter`, with the total, in one statement. */
export async function listActions(db: Kysely<PilotActionsDb>, filter: PilotActionFilter, page: Page): Promise<PageOfRows<PilotActionRow>> {
  return pageOf(db, filtered(db, filter), ORDER, page);
}

/** Pages of actions for many regions at once (running in the region or led by it). */
export async function actionsOfRegions(
  db: Kysely<PilotActionsDb>,
  regionCodes: readonly string[],
  filter: PilotActionFilter,
  page: Page,
): Promise<Map<string, PageOfRows<PilotActionRow>>> {
  const base = filtered(db, filter)
    .innerJoin(actionRegions(db).as('ar'), 'ar.pilot_action_id', 'pilot_actions.id')
    .where('ar.region_code', 'in', regionCodes);
  // withTables: the joined derived table `ar` is part of this query's database type.
  return pagesByParent(db.withTables<{ ar: { pilot_action_id: string; region_code: string } }>(), base, 'ar.region_code', ORDER, page);
}

/** Pages of actions for many municipalities at once (running in the municipality). */
export async function actionsOfMunicipalities(
  db: Kysely<PilotActionsDb>,
  municipalityCodes: readonly string[],
  filter: PilotActionFilter,
  page: Page,
): Promise<Map<string, PageOfRows<PilotActionRow>>> {
  const base = filtered(db, filter)
    .innerJoin('pilot_action_municipalities', 'pilot_action_municipalities.pilot_action_id', 'pilot_actions.id')
    .where('pilot_action_municipalities.municipality_code', 'in', municipalityCodes);
  return pagesByParent(db, base, 'pilot_action_municipalities.municipality_code', ORDER, page);
}

/** Whether each action has an indicator behind target: one aggregate statement for the batch. */
export async function behindTargetByAction(db: Kysely<PilotActionsDb>, actionIds: readonly string[]): Promise<Map<string, boolean>> {
  const rows = await behindByAction(db, actionIds).execute();
  return new Map(rows.map((row) => [row.pilot_action_id, Number(row.behind) === 1]));
}
