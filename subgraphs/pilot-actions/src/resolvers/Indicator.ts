import type { IndicatorResolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { indicatorTypeOf } from './enums.js';

// The derived figures (latest value, progress, expected progress, behind) arrive computed by SQL
// with the indicator row; these resolvers only rename them.
export const Indicator: IndicatorResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.indicator.load(reference.id),
  pilotAction: async (indicator, _args, { loaders }) => {
    const action = await loaders.action.load(indicator.pilot_action_id);
    if (!action)
      throw new Error(`indicator ${indicator.id} refers to missing action ${indicator.pilot_action_id}`);
    return action;
  },
  name: (indicator, { lang }, { locale }) => localize(parseTexts(indicator.name_i18n), lang, locale),
  type: (indicator) => indicatorTypeOf(indicator.type),
  latestValue: (indicator) => indicator.latest_value,
  latestMeasuredOn: (indicator) => indicator.latest_measured_on,
  progress: (indicator) => indicator.progress,
  expectedProgress: (indicator) => indicator.expected_progress,
  behindTarget: (indicator) => Number(indicator.behind) === 1,
  measurements: (indicator, args, { loaders }) =>
    loadConnection(args, (page) => loaders.measurementsOfIndicator.load(indicator.id, {}, page)),
};
