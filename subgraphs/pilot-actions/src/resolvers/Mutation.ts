import type { Transaction } from 'kysely';
import { allocateId } from '../../../../lib/writes/allocateId.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import type { Caller } from '../../../../lib/auth/caller.js';
import {
  claimVersion,
  notFound,
  requireRegion,
  requireWriter,
  runWrite,
  type WriteRule,
} from '../../../../lib/writes/write.js';
import * as actions from '../data/pilotActions.writes.js';
import * as monitoring from '../data/monitoring.writes.js';
import type { PilotActionRow, PilotActionsDb } from '../data/tables.js';
import { writableToday } from '../domain/calendar.js';
import { checkId } from './arguments.js';
import { statusOf } from './enums.js';
import { checkCreatePilotAction, checkTransition } from './writeInput.js';
import { checkAddIndicator, checkRecordMeasurement, checkRecordVisit } from './monitoringInput.js';

/**
 * Pilot actions belong to the Ministry of the Interior's partner; each kind of record has its own
 * scope, so that a monitoring team can record visits without being able to change an action.
 */
const OWNER = 'pilot-actions';
const ACTIONS: WriteRule = { partner: OWNER, scope: 'pilot-actions:write' };
const INDICATORS: WriteRule = { partner: OWNER, scope: 'indicators:write' };
const MONITORING: WriteRule = { partner: OWNER, scope: 'monitoring:write' };

/**
 * The action a record is added to, read inside the transaction. A regional token answers only
 * for the actions its region leads, and so for their indicators, measurements and visits too.
 */
async function ownedAction(
  trx: Transaction<PilotActionsDb>,
  writer: Caller,
  id: string,
  field: string,
): Promise<PilotActionRow> {
  const action = await actions.actionForWrite(trx, id);
  if (!action) throw notFound(field, `Pilot action ${id}`);
  requireRegion(writer, action.lead_region_code, `Pilot action ${id}`);
  return action;
}

/**
 * The writes of pilot actions and their monitoring. Each one: the owner and scope first, then one
 * transaction (`runWrite`) that reads what it checks against, validates the whole input, writes
 * and reports what changed to the audit log.
 */
export const Mutation: MutationResolvers = {
  createPilotAction: async (_parent, { input }, { db, caller, requestId }) => {
    const writer = requireWriter(caller, ACTIONS);
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      // Read in the transaction so that a taken code is reported with the input's other problems.
      const codeTakenBy = await actions.actionIdOfCode(trx, input.code.trim());
      const { values, leadRegionCode } = checkCreatePilotAction(input, { codeTakenBy });
      requireRegion(writer, leadRegionCode, "The new action's lead authority");
      const id = await allocateId(trx, 'pilot_actions', 'pilotAction');
      const changes = await actions.insertPilotAction(trx, id, values);
      audit({
        action: 'createPilotAction',
        entityType: 'PilotAction',
        entityId: id,
        region: leadRegionCode,
        changes,
      });
      return (await actions.actionForWrite(trx, id))!;
    });
  },

  changePilotActionStatus: async (_parent, { id, expectedVersion, status }, { db, caller, requestId }) => {
    const writer = requireWriter(caller, ACTIONS);
    checkId('id', id, 'pilotAction');
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      // Claim first: it locks the row, so the status read next cannot change under this write.
      await claimVersion(
        trx,
        { table: 'pilot_actions', id, idField: 'id', what: `Pilot action ${id}` },
        expectedVersion,
      );
      const before = (await actions.actionForWrite(trx, id))!;
      requireRegion(writer, before.lead_region_code, `Pilot action ${id}`);
      checkTransition(statusOf(before.status), status);
      const changes = await actions.setStatus(trx, before, status);
      audit({
        action: 'changePilotActionStatus',
        entityType: 'PilotAction',
        entityId: id,
        region: before.lead_region_code,
        changes,
      });
      return (await actions.actionForWrite(trx, id))!;
    });
  },

  addIndicator: async (_parent, { pilotActionId, input }, { db, caller, requestId }) => {
    const writer = requireWriter(caller, INDICATORS);
    checkId('pilotActionId', pilotActionId, 'pilotAction');
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      const action = await ownedAction(trx, writer, pilotActionId, 'pilotActionId');
      const codeTakenBy = await monitoring.indicatorIdOfCode(trx, input.code.trim());
      const values = checkAddIndicator(input, { actionCode: action.code, codeTakenBy });
      const id = await allocateId(trx, 'indicators', 'indicator');
      const changes = await monitoring.insertIndicator(trx, id, action.id, values);
      audit({
        action: 'addIndicator',
        entityType: 'Indicator',
        entityId: id,
        region: action.lead_region_code,
        changes,
      });
      return (await monitoring.indicatorWithProgress(trx, id))!;
    });
  },

  recordMeasurement: async (_parent, { indicatorId, input }, { db, caller, requestId }) => {
    const writer = requireWriter(caller, INDICATORS);
    checkId('indicatorId', indicatorId, 'indicator');
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      const indicator = await monitoring.indicatorForWrite(trx, indicatorId);
      if (!indicator) throw notFound('indicatorId', `Indicator ${indicatorId}`);
      requireRegion(
        writer,
        indicator.lead_region_code,
        `Indicator ${indicatorId} of pilot action ${indicator.pilot_action_id}`,
      );
      const values = checkRecordMeasurement(input, {
        unit: indicator.unit,
        startsOn: indicator.starts_on,
        today: writableToday(),
      });
      const id = await allocateId(trx, 'measurements', 'measurement');
      const changes = await monitoring.insertMeasurement(trx, id, indicatorId, values);
      audit({
        action: 'recordMeasurement',
        entityType: 'Measurement',
        entityId: id,
        region: indicator.lead_region_code,
        changes,
      });
      return monitoring.measurementForWrite(trx, id);
    });
  },

  recordMonitoringVisit: async (_parent, { pilotActionId, input }, { db, caller, requestId }) => {
    const writer = requireWriter(caller, MONITORING);
    checkId('pilotActionId', pilotActionId, 'pilotAction');
    return runWrite(db, { caller: writer, requestId }, async ({ trx, audit }) => {
      const action = await ownedAction(trx, writer, pilotActionId, 'pilotActionId');
      const municipalityCodes = JSON.parse(action.municipality_codes) as string[];
      const values = checkRecordVisit(input, {
        municipalityCodes,
        startsOn: action.starts_on,
        today: writableToday(),
      });
      const id = await allocateId(trx, 'monitoring_visits', 'monitoringVisit');
      const changes = await monitoring.insertVisit(trx, id, action.id, values);
      audit({
        action: 'recordMonitoringVisit',
        entityType: 'MonitoringVisit',
        entityId: id,
        region: action.lead_region_code,
        changes,
      });
      return monitoring.visitForWrite(trx, id);
    });
  },
};
