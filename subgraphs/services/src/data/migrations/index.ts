/** Versioned migrations, applied in name order. Add a file, then list it here. */
import type { Migration } from 'kysely';
import { auditLogMigration } from '../../../../../lib/writes/auditStore.js';
import * as initial from './0001_initial.js';
import * as writes from './0002_writes.js';
import * as auditRegion from './0004_audit_region.js';
import * as widerIds from './0005_wider_ids.js';

export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_writes': writes,
  '0003_audit_log': auditLogMigration,
  '0004_audit_region': auditRegion,
  '0005_wider_ids': widerIds,
};
