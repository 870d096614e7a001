import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { listSources } from '../data/fundingSources.repository.js';
import { listCalls } from '../data/calls.repository.js';
import { listAllocations } from '../data/allocations.repository.js';
import { auditLogPage } from '../../../../lib/writes/auditLogResolvers.js';
import {
  checkAllocationFilter,
  checkAllocationId,
  checkCallFilter,
  checkCallId,
  checkSourceFilter,
  checkSourceId,
} from './input.js';

export const Query: QueryResolvers = {
  fundingSource: (_parent, { id }, { loaders }) => loaders.fundingSource.load(checkSourceId('id', id)),
  fundingSources: (_parent, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => listSources(db, checkSourceFilter(filter), page)),
  call: (_parent, { id }, { loaders }) => loaders.call.load(checkCallId('id', id)),
  calls: (_parent, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => listCalls(db, checkCallFilter(filter), page)),
  allocation: (_parent, { id }, { loaders }) => loaders.allocation.load(checkAllocationId('id', id)),
  allocations: (_parent, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => listAllocations(db, checkAllocationFilter(filter), page)),
  fundingAuditLog: (_parent, args, { db, caller }) => auditLogPage(db, caller, 'funding', args),
};
