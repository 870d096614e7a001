import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { auditLogPage } from '../../../../lib/writes/auditLogResolvers.js';
import * as repo from '../data/pilotActions.repository.js';
import { checkFilter, checkId } from './arguments.js';

export const Query: QueryResolvers = {
  pilotAction: (_parent, { id }, { loaders }) => loaders.action.load(checkId('id', id, 'pilotAction')),
  pilotActions: (_parent, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => repo.listActions(db, checkFilter(filter), page)),
  indicator: (_parent, { id }, { loaders }) => loaders.indicator.load(checkId('id', id, 'indicator')),
  monitoringVisit: (_parent, { id }, { loaders }) => loaders.visit.load(checkId('id', id, 'monitoringVisit')),
  measurement: (_parent, { id }, { loaders }) => loaders.measurement.load(checkId('id', id, 'measurement')),
  pilotActionsAuditLog: (_parent, args, { db, caller }) => auditLogPage(db, caller, 'pilot-actions', args),
};
