/**
 * The audit log's region column, filled for earlier rows from the lead region of the action each
 * record belongs to: the region whose token may change it.
 */
import { sql } from 'kysely';
import { auditRegionMigration } from '../../../../../lib/writes/auditStore.js';

export const { up, down } = auditRegionMigration([
  { entityType: 'PilotAction', region: sql`select a.lead_region_code from pilot_actions a where a.id = audit_log.entity_id` },
  {
    entityType: 'Indicator',
    region: sql`select a.lead_region_code from indicators i join pilot_actions a on a.id = i.pilot_action_id where i.id = audit_log.entity_id`,
  },
  {
    entityType: 'Measurement',
    region: sql`select a.lead_region_code from measurements m join indicators i on i.id = m.indicator_id
      join pilot_actions a on a.id = i.pilot_action_id where m.id = audit_log.entity_id`,
  },
  {
    entityType: 'MonitoringVisit',
    region: sql`select a.lead_region_code from monitoring_visits v join pilot_actions a on a.id = v.pilot_action_id where v.id = audit_log.entity_id`,
  },
]);
