import type { StatisticResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';

/** A statistic, from its stored row. */
export const Statistic: StatisticResolvers = {
  // The gateway's references (`_entities`), batched with every lookup of the request.
  __resolveReference: (reference, { loaders }) => loaders.statistic.load(reference.id),
  name: (row, { lang }, { locale }) => localize(parseTexts(row.name_i18n), lang, locale),
  // A stub of the territories subgraph's entity: the gateway asks territories for the rest.
  municipality: (row) => ({ istatCode: row.municipality_code }),
  // @authenticated: lib/subgraph/authorization.ts refuses anonymous callers before this runs.
  contactEmail: (row) => row.contact_email,
};
