import type { PublicationResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { publicationKindOf } from './enums.js';

export const Publication: PublicationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.publication.load(reference.id),
  kind: (row) => publicationKindOf(row.kind),
  // A stub of the territories subgraph's entity: its key is all this subgraph knows.
  community: (row) => (row.community_code === null ? null : { code: row.community_code }),
  title: (row, { lang }, { locale }) => localize(parseTexts(row.title_i18n), lang, locale),
  summary: (row, { lang }, { locale }) => localize(parseTexts(row.summary_i18n), lang, locale),
  publishedOn: (row) => row.published_on,
};
