/** What the resolvers of each type receive as parent: stored rows, or keys of other subgraphs' entities. Picked up by codegen. */
import type {
  IndicatorProgressRow,
  MeasurementRow,
  MonitoringVisitRow,
  PilotActionRow,
} from './data/tables.js';
import type { AuditRow } from '../../../lib/writes/auditStore.js';

export type PilotActionModel = PilotActionRow;
/** An indicator with its derived figures (latest value, progress...), computed in SQL. */
export type IndicatorModel = IndicatorProgressRow;
export type MeasurementModel = MeasurementRow;
export type MonitoringVisitModel = MonitoringVisitRow;

/** The lead of an action, read from the action's row. */
export interface LeadAuthorityModel {
  readonly kind: 'REGION' | 'MUNICIPALITY';
  readonly regionCode: string;
  readonly municipalityCode: string | null;
}

/** Territories are the territories subgraph's entities: here only their keys (no query). */
export interface RegionModel {
  readonly code: string;
}
export interface MunicipalityModel {
  readonly istatCode: string;
}

/** An entry of the audit log, as stored. */
export type AuditEntryModel = AuditRow;
