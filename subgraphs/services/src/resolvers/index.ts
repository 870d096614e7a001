import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateTimeScalar } from '../../../../lib/scalars.js';
import { Query } from './Query.js';
import { Service } from './Service.js';
import { Association } from './Association.js';
import { Municipality } from './Municipality.js';
import { Province } from './Province.js';
import { Region } from './Region.js';
import { Community } from './Community.js';
import { Mutation } from './Mutation.js';
import { AuditEntry } from './AuditEntry.js';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  AuditEntry,
  Service,
  Association,
  Municipality,
  Province,
  Region,
  Community,
};
