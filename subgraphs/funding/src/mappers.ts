/** What the resolvers of each type receive as parent: stored rows, or keys. Picked up by codegen. */
import type { AllocationRow, CallRow, FundingSourceRow, Sums } from './data/tables.js';
import type { AuditRow } from '../../../lib/writes/auditStore.js';

export type FundingSourceModel = FundingSourceRow;
export type CallModel = CallRow;
export type AllocationModel = AllocationRow;
/** A pilot action is owned by `pilot-actions`: this subgraph only knows its id. */
export interface PilotActionModel {
  id: string;
}
/** The funding of one pilot action; its figures are loaded (batched) from the id. */
export interface PilotActionFundingModel {
  pilotActionId: string;
}
/** Sums of one pilot action from one source, computed in SQL. */
export type SourceFundingModel = Sums & { funding_source_id: string };
/** A row of the audit log (`lib/writes/auditStore.ts`). */
export type AuditEntryModel = AuditRow;
