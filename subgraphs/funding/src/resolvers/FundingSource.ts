import type { FundingSourceResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { checkCallFilter } from './input.js';

/** Basis points as an exact percentage with two decimals: 7500 -> "75.00". */
export function formatBasisPoints(bp: number): string {
  return `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
}

export const FundingSource: FundingSourceResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.fundingSource.load(reference.id),
  name: (source, { lang }, { locale }) => localize(parseTexts(source.name_i18n), lang, locale),
  programmingPeriod: (source) => source.programming_period,
  totalBudget: (source) => source.total_budget_cents,
  cofinancingRatePercent: (source) => formatBasisPoints(source.cofinancing_rate_bp),
  managingAuthority: (source, { lang }, { locale }) =>
    localize(parseTexts(source.managing_authority_i18n), lang, locale),
  priorities: (source, _args, { loaders }) => loaders.priorities.load(source.id),
  // Stubs of territories' entities: the key is all this subgraph knows, no query needed.
  region: (source) => (source.region_code ? { code: source.region_code } : null),
  municipality: (source) => (source.municipality_code ? { istatCode: source.municipality_code } : null),
  calls: (source, { filter, ...args }, { loaders }) =>
    loadConnection(args, (page) => loaders.callsOfSource.load(source.id, checkCallFilter(filter), page)),
  allocations: (source, args, { loaders }) =>
    loadConnection(args, (page) => loaders.allocationsOfSource.load(source.id, {}, page)),
  committed: async (source, _args, { loaders }) => (await loaders.sourceSums.load(source.id)).committed,
  spent: async (source, _args, { loaders }) => (await loaders.sourceSums.load(source.id)).spent,
  // Stubs of pilot-actions' entities, keyed by the funded action's id.
  pilotActions: (source, args, { loaders }) =>
    loadConnection(args, async (page) => {
      const { rows, totalCount } = await loaders.fundedActionsOfSource.load(source.id, {}, page);
      return { rows: rows.map((row) => ({ id: row.pilot_action_id })), totalCount };
    }),
};
