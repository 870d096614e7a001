import type { SourceFundingResolvers } from '../__generated__/resolvers-types.js';

export const SourceFunding: SourceFundingResolvers = {
  fundingSource: async (row, _args, { loaders }) => {
    const source = await loaders.fundingSource.load(row.funding_source_id);
    if (!source) throw new Error(`allocations refer to missing source ${row.funding_source_id}`);
    return source;
  },
  committed: (row) => row.committed,
  spent: (row) => row.spent,
};
