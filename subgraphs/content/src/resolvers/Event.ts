import type { EventResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { eventKindOf } from './enums.js';

/** Parses a stored JSON array of keys. */
export const keys = (json: string): string[] => JSON.parse(json) as string[];

export const Event: EventResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.event.load(reference.id),
  kind: (row) => eventKindOf(row.kind),
  title: (row, { lang }, { locale }) => localize(parseTexts(row.title_i18n), lang, locale),
  startsOn: (row) => row.starts_on,
  endsOn: (row) => row.ends_on,
  // Other subgraphs' entities: stubs made of keys, which the gateway resolves where they live.
  municipality: (row) => ({ istatCode: row.municipality_code }),
  communities: async (row, _args, { loaders }) =>
    (await loaders.communitiesOfEvent.load(row.id)).map((code) => ({ code })),
  associations: (row) => keys(row.association_ids).map((id) => ({ id })),
};
