import type { AuditEntryResolvers } from '../__generated__/resolvers-types.js';
import { auditEntryFields } from '../../../../lib/writes/auditLogResolvers.js';

export const AuditEntry: AuditEntryResolvers = auditEntryFields;
