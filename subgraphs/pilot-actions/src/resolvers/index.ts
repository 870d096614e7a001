import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateScalar } from '../../../../lib/scalars.js';
import { Query } from './Query.js';
import { PilotAction } from './PilotAction.js';
import { LeadAuthority } from './LeadAuthority.js';
import { Indicator } from './Indicator.js';
import { Measurement } from './Measurement.js';
import { MonitoringVisit } from './MonitoringVisit.js';
import { Region } from './Region.js';
import { Municipality } from './Municipality.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  PilotAction,
  LeadAuthority,
  Indicator,
  Measurement,
  MonitoringVisit,
  Region,
  Municipality,
};
