/**
 * Kysely table interfaces of the pilot-actions database. Texts are JSON translations with Italian
 * always present; every date is stored as its ISO string and as a day number (days since
 * 1970-01-01) so that date arithmetic is integer arithmetic on both dialects. Progress toward
 * targets is never stored: it is derived in SQL from the measurements.
 */
import type { Generated, Selectable } from 'kysely';
import type { AuditDb } from '../../../../lib/writes/auditStore.js';

export interface PilotActionTable {
  /** `PA-001` .. `PA-080`: the id other subgraphs refer to. */
  id: string;
  /** Code in the National Plan, e.g. `PNI-LOM-01`. */
  code: string;
  /** Two-digit ISTAT code of the region the action belongs to. */
  region_code: string;
  title_i18n: string;
  /** One of the GraphQL `ThematicArea` values. */
  thematic_area: string;
  /** `REGION` or `MUNICIPALITY` (GraphQL `LeadAuthorityKind`). */
  lead_kind: string;
  /** Region of the lead authority (the lead itself, or the lead municipality's region). */
  lead_region_code: string;
  /** ISTAT code of the lead municipality when `lead_kind` is `MUNICIPALITY`. */
  lead_municipality_code: string | null;
  /**
   * JSON arrays of the keys of other subgraphs' entities (`ASS-0001`, `SRV-00001`, `001272`).
   * Kept on the row so that these relations are entity stubs that cost no query at all.
   */
  partner_association_ids: string;
  related_service_ids: string;
  municipality_codes: string;
  /** One of the GraphQL `PilotActionStatus` values; moves only as `domain/lifecycle.ts` allows. */
  status: string;
  starts_on: string;
  starts_day: number;
  ends_on: string | null;
  ends_day: number | null;
  /** JSON translations of the good practice or study visit that inspired the action. */
  inspired_by_i18n: string | null;
  /** Optimistic lock: incremented by every change of the action; a status change names the version it read. */
  version: Generated<number>;
}

/**
 * Municipalities where an action runs, with the province and region derived from lib/istat.ts:
 * the territorial filters and the Region/Municipality relations run on this table.
 */
export interface PilotActionMunicipalityTable {
  pilot_action_id: string;
  municipality_code: string;
  province_code: string;
  region_code: string;
  /** Order in which the action lists its municipalities (0 = the main one). */
  position: number;
}

export interface IndicatorTable {
  /** `IND-0001` ... */
  id: string;
  pilot_action_id: string;
  /** e.g. `PNI-LOM-01-OUT1`. */
  code: string;
  name_i18n: string;
  /** `OUTPUT`, `OUTCOME` or `IMPACT`. */
  type: string;
  unit: string;
  baseline: number;
  target: number;
  /** Order within the action. */
  position: number;
}

export interface MeasurementTable {
  /** `MEA-000001` ... */
  id: string;
  indicator_id: string;
  value: number;
  measured_on: string;
  measured_day: number;
  source: string;
}

export interface MonitoringVisitTable {
  /** `MV-0001` ... */
  id: string;
  pilot_action_id: string;
  visited_on: string;
  visited_day: number;
  municipality_code: string;
  region_code: string;
  findings_i18n: string;
  /** 1 (critical) to 5 (excellent). */
  rating: number;
  /** JSON array of follow-up actions (Italian, as written by the monitoring team). */
  follow_ups: string;
}

export interface PilotActionsDb extends AuditDb {
  pilot_actions: PilotActionTable;
  pilot_action_municipalities: PilotActionMunicipalityTable;
  indicators: IndicatorTable;
  measurements: MeasurementTable;
  monitoring_visits: MonitoringVisitTable;
}

export type PilotActionRow = Selectable<PilotActionTable>;
export type PilotActionMunicipalityRow = Selectable<PilotActionMunicipalityTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
export type MeasurementRow = Selectable<MeasurementTable>;
export type MonitoringVisitRow = Selectable<MonitoringVisitTable>;

/** An indicator with the figures derived from its measurements (computed in SQL, never stored). */
export interface IndicatorProgressRow extends IndicatorRow {
  latest_value: number | null;
  latest_measured_on: string | null;
  /** (latest - baseline) / (target - baseline); null without measurements. */
  progress: number | null;
  /** Share of the action's duration elapsed at the latest measurement, clamped to [0, 1]. */
  expected_progress: number | null;
  /** 1 when progress < expected_progress - 0.10, else 0. */
  behind: number;
}
