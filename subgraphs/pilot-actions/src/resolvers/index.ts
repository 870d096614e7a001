import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateScalar, DateTimeScalar } from '../../../../lib/scalars.js';
import { Query } from './Query.js';
import { PilotAction } from './PilotAction.js';
import { LeadAuthority } from './LeadAuthority.js';
import { Indicator } from './Indicator.js';
import { Measurement } from './Measurement.js';
import { MonitoringVisit } from './MonitoringVisit.js';
import { Region } from './Region.js';
import { Municipality } from './Municipality.js';
import { Mutation } from './Mutation.js';
import { AuditEntry } from './AuditEntry.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  AuditEntry,
  PilotAction,
  LeadAuthority,
  Indicator,
  Measurement,
  MonitoringVisit,
  Region,
  Municipality,
};
