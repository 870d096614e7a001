/**
 * The audit log's region column, filled for earlier rows: an allocation's own region (its pilot
 * action's), a call's from its funding source (none for EU, national and multi-regional sources).
 */
import { sql } from 'kysely';
import { auditRegionMigration } from '../../../../../lib/writes/auditStore.js';

export const { up, down } = auditRegionMigration([
  { entityType: 'Allocation', region: sql`select allocations.region_code from allocations where allocations.id = audit_log.entity_id` },
  {
    entityType: 'Call',
    region: sql`select s.region_code from calls c join funding_sources s on s.id = c.funding_source_id where c.id = audit_log.entity_id`,
  },
]);
