/** The audit log's region column, filled for earlier rows from the services they name. */
import { sql } from 'kysely';
import { auditRegionMigration } from '../../../../../lib/writes/auditStore.js';

export const { up, down } = auditRegionMigration([
  { entityType: 'Service', region: sql`select services.region_code from services where services.id = audit_log.entity_id` },
]);
