import type { DataSourceResolvers } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import type { DataSourceModel } from '../mappers.js';
import { localize, parseTexts } from '../../../../lib/locale.js';

async function row(source: DataSourceModel, { loaders }: Context) {
  const found = await loaders.source(source.id);
  // Every data set has its row (the seed and every import write it): a missing one is a bug.
  if (!found) throw new Error(`no provenance for data set "${source.id}"`);
  return found;
}

/** A data set's provenance, read once per request whatever the number of figures. */
export const DataSource: DataSourceResolvers = {
  id: (source) => source.id,
  generated: async (source, _args, context) => (await row(source, context)).generated === 1,
  publisher: async (source, _args, context) => (await row(source, context)).publisher,
  description: async (source, { lang }, context) =>
    localize(parseTexts((await row(source, context)).description_i18n), lang, context.locale),
};
