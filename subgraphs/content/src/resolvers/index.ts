import type { Resolvers } from '../__generated__/resolvers-types.js';
import { DateScalar, DateTimeScalar } from '../../../../lib/scalars.js';
import { Query } from './Query.js';
import { Mutation } from './Mutation.js';
import { AuditEntry } from './AuditEntry.js';
import { Publication } from './Publication.js';
import { NewsletterIssue, NewsletterItem } from './NewsletterIssue.js';
import { Event } from './Event.js';
import { CulturalExperience, ProtectionProject } from './CulturalExperience.js';
import { Community } from './Community.js';
import { Region } from './Region.js';

/** The subgraph's resolvers: one file per type (closely tied pairs share one). */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  AuditEntry,
  Publication,
  NewsletterIssue,
  NewsletterItem,
  Event,
  CulturalExperience,
  ProtectionProject,
  Community,
  Region,
};
