import type { RegionResolvers } from '../__generated__/resolvers-types.js';
import { CULTURAL_SECTIONS } from './enums.js';

export const Region: RegionResolvers = {
  // The key is all this subgraph needs: no query, whatever the number of references.
  __resolveReference: (reference) => ({ code: reference.code }),
  culturalExperienceCounts: async (region, _args, { loaders }) => {
    const counts = await loaders.experienceCountsOfRegion.load(region.code);
    return CULTURAL_SECTIONS.map((section) => ({
      section,
      count: counts.find((entry) => entry.section === section)?.count ?? 0,
    }));
  },
  protectionProjectCount: (region, _args, { loaders }) => loaders.projectCountOfRegion.load(region.code),
};
