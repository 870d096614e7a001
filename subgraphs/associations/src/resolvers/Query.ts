import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import * as repo from '../data/associations.repository.js';
import { auditLogPage } from '../../../../lib/writes/auditLogResolvers.js';
import { checkAssociationId, checkFilter } from './input.js';

export const Query: QueryResolvers = {
  association: (_parent, { id }, { loaders }) => loaders.association.load(checkAssociationId('id', id)),
  associations: (_parent, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => repo.listAssociations(db, checkFilter(filter), page)),
  associationsAuditLog: (_parent, args, { db, caller }) => auditLogPage(db, caller, 'associations', args),
  associationCountsByCommunity: async (_parent, { filter }, { db }) => {
    const rows = await repo.countsByCommunity(db, checkFilter(filter));
    return rows.map(({ community, count }) => ({ community, count: Number(count) }));
  },
};
