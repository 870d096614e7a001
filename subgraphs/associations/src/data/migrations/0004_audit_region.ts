/** The audit log's region column, filled for earlier rows from the seats of the associations they name. */
import { sql } from 'kysely';
import { auditRegionMigration } from '../../../../../lib/writes/auditStore.js';

export const { up, down } = auditRegionMigration([
  { entityType: 'Association', region: sql`select associations.seat_region_code from associations where associations.id = audit_log.entity_id` },
]);
