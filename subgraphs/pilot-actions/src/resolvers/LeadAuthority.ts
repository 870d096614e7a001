import type { LeadAuthorityResolvers } from '../__generated__/resolvers-types.js';

export const LeadAuthority: LeadAuthorityResolvers = {
  // The region is given for both kinds: a lead municipality's region is still useful to clients.
  region: (lead) => ({ code: lead.regionCode }),
  municipality: (lead) =>
    lead.kind === 'MUNICIPALITY' && lead.municipalityCode ? { istatCode: lead.municipalityCode } : null,
};
