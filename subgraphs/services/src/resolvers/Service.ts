import type { ServiceResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { PROVIDER_KINDS, SERVICE_AREAS, TARGET_GROUPS } from '../data/enums.js';

/** Parses a stored JSON list, refusing values outside `allowed` (a data error, not user input). */
function parseList<T extends string>(json: string, allowed: readonly T[] | null, column: string): T[] {
  const values = JSON.parse(json) as unknown;
  if (
    !Array.isArray(values) ||
    values.some((v) => typeof v !== 'string' || (allowed !== null && !allowed.includes(v as T)))
  ) {
    throw new Error(`stored ${column} is not a list of known values: ${json.slice(0, 80)}`);
  }
  return values as T[];
}

export const Service: ServiceResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.service.load(reference.id),
  name: (service, { lang }, { locale }) => localize(parseTexts(service.name_i18n), lang, locale),
  description: (service, { lang }, { locale }) =>
    localize(parseTexts(service.description_i18n), lang, locale),
  openingHours: (service, { lang }, { locale }) =>
    localize(parseTexts(service.opening_hours_i18n), lang, locale),
  areas: (service) => parseList(service.areas, SERVICE_AREAS, 'areas'),
  languages: (service) => parseList(service.languages, null, 'languages'),
  targetGroups: (service) => parseList(service.target_groups, TARGET_GROUPS, 'target_groups'),
  providerKind: (service) => {
    const kind = PROVIDER_KINDS.find((k) => k === service.provider_kind);
    if (!kind) throw new Error(`service ${service.id} has unknown provider kind ${service.provider_kind}`);
    return kind;
  },
  // Stubs of other subgraphs' entities: the gateway asks their owners for the rest, no query here.
  association: (service) => (service.association_id === null ? null : { id: service.association_id }),
  municipality: (service) => ({ istatCode: service.municipality_code }),
  contacts: (service) => ({ phone: service.phone, email: service.email, website: service.website }),
  freeOfCharge: (service) => service.free_of_charge === 1,
  updatedAt: (service) => service.updated_at,
  status: (service) => (service.closed_at === null ? 'OPEN' : 'CLOSED'),
  closedAt: (service) => service.closed_at,
  contactPerson: (service) =>
    service.contact_person_name === null
      ? null
      : {
          name: service.contact_person_name,
          phone: service.contact_person_phone,
          email: service.contact_person_email,
        },
};
