import type { CommunityResolvers } from '../__generated__/resolvers-types.js';
import { localize } from '../../../../lib/locale.js';
import { communityNames, findCommunity } from '../data/communities.js';

export const Community: CommunityResolvers = {
  // Another subgraph's key for a code no country has finds nothing, as an unknown id does.
  __resolveReference: (reference) => findCommunity(reference.code) ?? null,
  name: (community, { lang }, { locale }) => localize(communityNames(community.code), lang, locale),
};
