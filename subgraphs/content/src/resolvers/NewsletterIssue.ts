import type { NewsletterIssueResolvers, NewsletterItemResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { checkOptionalIstatCode } from '../../../../lib/istat.js';
import { itemKindOf, scopeOf } from './enums.js';

export const NewsletterIssue: NewsletterIssueResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.issue.load(reference.id),
  title: (row, { lang }, { locale }) => localize(parseTexts(row.title_i18n), lang, locale),
  shortVersion: (row, { lang }, { locale }) => localize(parseTexts(row.short_version_i18n), lang, locale),
  items: async (row, { kind }, { loaders }) => {
    const items = await loaders.itemsOfIssue.load(row.id);
    return kind ? items.filter((item) => item.kind === kind) : items;
  },
  events: (row, { provinceCode, regionCode }, { loaders }) =>
    loaders.eventsOfMonth.load(row.month, {
      provinceCode: checkOptionalIstatCode('provinceCode', provinceCode, 'province'),
      regionCode: checkOptionalIstatCode('regionCode', regionCode, 'region'),
    }),
  publishedOn: (row) => row.published_on,
};

export const NewsletterItem: NewsletterItemResolvers = {
  kind: (row) => itemKindOf(row.kind),
  title: (row, { lang }, { locale }) => localize(parseTexts(row.title_i18n), lang, locale),
  summary: (row, { lang }, { locale }) =>
    row.summary_i18n === null ? null : localize(parseTexts(row.summary_i18n), lang, locale),
  scope: (row) => (row.scope === null ? null : scopeOf(row.scope)),
  event: (row, _args, { loaders }) => (row.event_id === null ? null : loaders.event.load(row.event_id)),
  publication: (row, _args, { loaders }) =>
    row.publication_id === null ? null : loaders.publication.load(row.publication_id),
};
