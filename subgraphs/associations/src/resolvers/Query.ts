import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { parsePage, toConnection } from '../../../../lib/pagination.js';
import * as repo from '../data/associations.repository.js';
import { auditLogPage } from '../../../../lib/writes/auditLog.js';
import { checkAssociationId, checkFilter } from './input.js';

export const Query: QueryResolvers = {
  association: (_parent, { id }, { loaders }) => loaders.association.load(checkAssociationId('id', id)),
  associations: async (_parent, { filter, ...args }, { db }) => {
    const page = parsePage(args);
    const { rows, totalCount } = await repo.listAssociations(db, checkFilter(filter), page);
    return toConnection(rows, page, totalCount);
  },
  associationsAuditLog: (_parent, args, { db, caller }) => auditLogPage(db, caller, 'associations', args),
  associationCountsByCommunity: async (_parent, { filter }, { db }) => {
    const rows = await repo.countsByCommunity(db, checkFilter(filter));
    return rows.map(({ community, count }) => ({ community, count: Number(count) }));
  },
};
