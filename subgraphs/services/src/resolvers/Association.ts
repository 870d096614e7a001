import type { AssociationResolvers } from '../__generated__/resolvers-types.js';
import { pagedServices } from './input.js';

export const Association: AssociationResolvers = {
  // The representation is all this subgraph needs: no query to resolve the reference.
  __resolveReference: (reference) => ({ id: reference.id }),
  services: (association, args, { loaders }) =>
    pagedServices(loaders.servicesOfAssociation, association.id, args),
};
