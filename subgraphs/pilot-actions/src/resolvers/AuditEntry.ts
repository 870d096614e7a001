import type { AuditEntryResolvers } from '../__generated__/resolvers-types.js';
import { auditEntryFields } from '../../../../lib/writes/auditLogResolvers.js';

/** The scope that reads a visit's findings and follow-ups (see `MonitoringVisit` in the SDL). */
const MONITORING_READ = 'monitoring:read';
/** The audited columns that hold those internal texts. */
const INTERNAL_FIELDS: ReadonlySet<string> = new Set(['findings_i18n', 'follow_ups']);

/**
 * The shared `AuditEntry` fields, except that the audit log does not become a way around
 * `monitoring:read`: an auditor without it sees that a visit's findings were written, not what
 * they say (before and after are null).
 */
export const AuditEntry: AuditEntryResolvers = {
  ...auditEntryFields,
  changes: (row, _args, { caller }) => {
    const changes = auditEntryFields.changes(row);
    if (row.entity_type !== 'MonitoringVisit' || caller?.scopes.includes(MONITORING_READ)) return changes;
    return changes.map((change) =>
      INTERNAL_FIELDS.has(change.field) ? { field: change.field, before: null, after: null } : change,
    );
  },
};
