import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateTimeScalar } from '../../../../lib/scalars.js';
import { Query } from './Query.js';
import { Mutation } from './Mutation.js';
import { AuditEntry } from './AuditEntry.js';
import { Association } from './Association.js';
import { Region } from './Region.js';
import { Province } from './Province.js';
import { Municipality } from './Municipality.js';
import { Community } from './Community.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  AuditEntry,
  Association,
  Region,
  Province,
  Municipality,
  Community,
};
