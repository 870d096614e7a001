import type { AssociationResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { asCulturalFields, asKind } from './enums.js';

export const Association: AssociationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.association.load(reference.id),
  kind: (association) => asKind(association.kind),
  communities: (association, _args, { loaders }) => loaders.communities.load(association.id),
  representedCommunities: async (association, _args, { loaders }) =>
    (await loaders.communities.load(association.id)).map((code) => ({ code })),
  // A stub: the territories subgraph owns municipalities; the gateway fetches the rest from it.
  seat: (association) => ({ istatCode: association.seat_municipality_code }),
  registerEntry: ({ is_registered, register_number, register_section, registered_on }) =>
    is_registered === 1 && register_number && register_section && registered_on
      ? { number: register_number, section: register_section, registeredOn: registered_on }
      : null,
  culturalFields: async (association, _args, { loaders }) =>
    asCulturalFields(await loaders.culturalFields.load(association.id)),
  activities: (association, { lang }, { locale }) =>
    localize(parseTexts(association.activities_i18n), lang, locale),
  foundedYear: (association) => association.founded_year,
  contacts: ({ phone, email, website }) => ({ phone, email, website }),
  // Personal data: the schema's @authenticated keeps it from anonymous callers, here and at the gateway.
  contactPerson: ({ contact_person_name, contact_person_phone, contact_person_email }) =>
    contact_person_name === null
      ? null
      : { name: contact_person_name, phone: contact_person_phone, email: contact_person_email },
};
