import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { parsePage, toConnection } from '../../../../lib/pagination.js';
import { listSources } from '../data/fundingSources.repository.js';
import { listCalls } from '../data/calls.repository.js';
import { listAllocations } from '../data/allocations.repository.js';
import { auditLogPage } from '../../../../lib/writes/auditLog.js';
import { checkAllocationFilter, checkAllocationId, checkCallFilter, checkCallId, checkSourceFilter, checkSourceId } from './input.js';

export const Query: QueryResolvers = {
  fundingSource: (_parent, { id }, { loaders }) => loaders.fundingSource.load(checkSourceId('id', id)),
  fundingSources: async (_parent, { filter, ...args }, { db }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await listSources(db, checkSourceFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
  call: (_parent, { id }, { loaders }) => loaders.call.load(checkCallId('id', id)),
  calls: async (_parent, { filter, ...args }, { db }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await listCalls(db, checkCallFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
  allocation: (_parent, { id }, { loaders }) => loaders.allocation.load(checkAllocationId('id', id)),
  allocations: async (_parent, { filter, ...args }, { db }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await listAllocations(db, checkAllocationFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
  fundingAuditLog: (_parent, args, { db, caller }) => auditLogPage(db, caller, 'funding', args),
};
