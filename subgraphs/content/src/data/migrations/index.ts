/** Versioned migrations, applied in name order. Add a file, then list it here. */
import type { Migration } from 'kysely';
import { auditLogMigration, auditRegionMigration } from '../../../../../lib/writes/auditStore.js';
import * as initial from './0001_initial.js';

export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_audit_log': auditLogMigration,
  // The editorial office's records are national: their audit rows carry no region.
  '0003_audit_region': auditRegionMigration([]),
};
