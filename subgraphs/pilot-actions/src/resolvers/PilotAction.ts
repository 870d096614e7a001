import type { PilotActionResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { allowedTransitions } from '../domain/lifecycle.js';
import { statusOf, thematicAreaOf } from './enums.js';

/** Parses a stored JSON array of keys. */
function keys(json: string): string[] {
  return JSON.parse(json) as string[];
}

export const PilotAction: PilotActionResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.action.load(reference.id),
  title: (action, { lang }, { locale }) => localize(parseTexts(action.title_i18n), lang, locale),
  thematicArea: (action) => thematicAreaOf(action.thematic_area),
  leadAuthority: (action) => ({
    kind: action.lead_kind === 'MUNICIPALITY' ? 'MUNICIPALITY' : 'REGION',
    regionCode: action.lead_region_code,
    municipalityCode: action.lead_municipality_code,
  }),
  // Other subgraphs' entities: stubs made of the keys stored on the row, no query at all.
  partnerAssociations: (action) => keys(action.partner_association_ids).map((id) => ({ id })),
  relatedServices: (action) => keys(action.related_service_ids).map((id) => ({ id })),
  municipalities: (action) => keys(action.municipality_codes).map((istatCode) => ({ istatCode })),
  status: (action) => statusOf(action.status),
  allowedTransitions: (action) => [...allowedTransitions(statusOf(action.status))],
  startsOn: (action) => action.starts_on,
  endsOn: (action) => action.ends_on,
  inspiredBy: (action, { lang }, { locale }) =>
    action.inspired_by_i18n === null ? null : localize(parseTexts(action.inspired_by_i18n), lang, locale),
  indicators: (action, _args, { loaders }) => loaders.indicatorsOfAction.load(action.id),
  behindTarget: (action, _args, { loaders }) => loaders.actionBehindTarget.load(action.id),
  monitoringVisits: (action, args, { loaders }) =>
    loadConnection(args, (page) => loaders.visitsOfAction.load(action.id, {}, page)),
  lastMonitoringVisit: (action, _args, { loaders }) => loaders.lastVisitOfAction.load(action.id),
};
