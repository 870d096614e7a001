import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { loadConnection } from '../../../../lib/pagination.js';
import { auditLogPage } from '../../../../lib/writes/auditLogResolvers.js';
import { issueIdOf } from '../domain/ids.js';
import { checkMonth } from '../../../../lib/months.js';
import { checkId } from '../../../../lib/ids.js';
import * as publications from '../data/publications.repository.js';
import * as events from '../data/events.repository.js';
import * as culture from '../data/culture.repository.js';
import {
  checkEventFilter,
  checkExperienceFilter,
  checkOptionalYear,
  checkProtectionFilter,
  checkPublicationFilter,
} from './input.js';

/** Lookups by key (batched with the request's other lookups) and the paged lists. */
export const Query: QueryResolvers = {
  publication: (_p, { id }, { loaders }) => loaders.publication.load(checkId('id', id, 'publication')),
  publications: (_p, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => publications.listPublications(db, checkPublicationFilter(filter), page)),
  newsletterIssue: (_p, { month }, { loaders }) => loaders.issue.load(issueIdOf(checkMonth('month', month))),
  latestNewsletterIssue: async (_p, _args, { db }) => (await publications.latestIssue(db)) ?? null,
  newsletterIssues: (_p, { year, ...args }, { db }) =>
    loadConnection(args, (page) => publications.listIssues(db, checkOptionalYear('year', year), page)),
  event: (_p, { id }, { loaders }) => loaders.event.load(checkId('id', id, 'event')),
  events: (_p, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => events.listEvents(db, checkEventFilter(filter), page)),
  culturalExperience: (_p, { id }, { loaders }) =>
    loaders.experience.load(checkId('id', id, 'culturalExperience')),
  culturalExperiences: (_p, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => culture.listExperiences(db, checkExperienceFilter(filter), page)),
  protectionProject: (_p, { id }, { loaders }) =>
    loaders.project.load(checkId('id', id, 'protectionProject')),
  protectionProjects: (_p, { filter, ...args }, { db }) =>
    loadConnection(args, (page) => culture.listProjects(db, checkProtectionFilter(filter), page)),
  contentAuditLog: (_p, args, { db, caller }) => auditLogPage(db, caller, 'content', args),
};
