import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import * as repo from '../data/services.repository.js';
import { arrangeAreaCounts } from '../data/services.loaders.js';
import { auditLogPage } from '../../../../lib/writes/auditLogResolvers.js';
import { checkServiceFilter, checkServiceId, checkTerritory } from './input.js';

export const Query: QueryResolvers = {
  service: (_parent, { id }, { loaders }) => loaders.service.load(checkServiceId('id', id)),
  services: async (_parent, { filter, ...args }, { db }) => {
    // Checked before the paging arguments (as in `pagedServices`): a bad filter is the error reported.
    const checked = checkServiceFilter(filter);
    return loadConnection(args, (page) => repo.listServices(db, checked, page));
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
