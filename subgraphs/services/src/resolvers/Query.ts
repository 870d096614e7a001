import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { parsePage, toConnection } from '../../../../lib/pagination.js';
import * as repo from '../data/services.repository.js';
import { arrangeAreaCounts } from '../data/services.loaders.js';
import { auditLogPage } from '../../../../lib/writes/auditLog.js';
import { checkServiceFilter, checkServiceId, checkTerritory } from './input.js';

export const Query: QueryResolvers = {
  service: (_parent, { id }, { loaders }) => loaders.service.load(checkServiceId('id', id)),
  services: async (_parent, { filter, ...args }, { db }) => {
    const checked = checkServiceFilter(filter);
    const page = parsePage(args);
    const { rows, totalCount } = await repo.listServices(db, checked, page);
    return toConnection(rows, page, totalCount);
  },
  servicesAuditLog: (_parent, args, { db, caller }) => auditLogPage(db, caller, 'services', args),
  serviceCountsByArea: async (_parent, { territory }, { db, loaders }) => {
    const where = checkTerritory(territory);
    switch (where.level) {
      case 'municipality_code':
        return loaders.areaCountsOfMunicipality.load(where.code);
      case 'province_code':
        return loaders.areaCountsOfProvince.load(where.code);
      case 'region_code':
        return loaders.areaCountsOfRegion.load(where.code);
      case 'country': {
        const [counts = []] = arrangeAreaCounts(await repo.areaCounts(db, null, []), ['all']);
        return counts;
      }
    }
  },
};
