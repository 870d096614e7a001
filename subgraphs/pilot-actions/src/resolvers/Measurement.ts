import type { MeasurementResolvers } from '../__generated__/resolvers-types.js';

export const Measurement: MeasurementResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.measurement.load(reference.id),
  indicator: async (measurement, _args, { loaders }) => {
    const indicator = await loaders.indicator.load(measurement.indicator_id);
    if (!indicator)
      throw new Error(
        `measurement ${measurement.id} refers to missing indicator ${measurement.indicator_id}`,
      );
    return indicator;
  },
  measuredOn: (measurement) => measurement.measured_on,
};
