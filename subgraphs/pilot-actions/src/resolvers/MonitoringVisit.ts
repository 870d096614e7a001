import type { MonitoringVisitResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';

export const MonitoringVisit: MonitoringVisitResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.visit.load(reference.id),
  pilotAction: async (visit, _args, { loaders }) => {
    const action = await loaders.action.load(visit.pilot_action_id);
    if (!action) throw new Error(`visit ${visit.id} refers to missing action ${visit.pilot_action_id}`);
    return action;
  },
  visitedOn: (visit) => visit.visited_on,
  municipality: (visit) => ({ istatCode: visit.municipality_code }),
  findings: (visit, { lang }, { locale }) => localize(parseTexts(visit.findings_i18n), lang, locale),
  followUps: (visit) => JSON.parse(visit.follow_ups) as string[],
};
