/**
 * Kysely table interfaces of the funding database. Money is integer euro cents (BIGINT), rates are
 * basis points, dates are ISO `YYYY-MM-DD` text (compared as strings on both dialects), texts are
 * JSON translations with Italian always present.
 */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { AuditDb } from '../../../../lib/writes/auditStore.js';
import type { IntegrationPriority } from './catalogue/types.js';

export type FundingLevel = 'EU' | 'NATIONAL' | 'REGIONAL' | 'LOCAL' | 'PRIVATE';
export type FundingKind = 'ORDINARY' | 'INNOVATIVE';
export type CallStatus = 'FORTHCOMING' | 'OPEN' | 'CLOSED';

export interface FundingSourceTable {
  id: string;
  name_i18n: string;
  /** Lower-cased Italian name, for case-insensitive search with one query on both dialects. */
  name_search: string;
  level: FundingLevel;
  kind: FundingKind;
  programming_period: string;
  total_budget_cents: number;
  /** Share paid by the source, in basis points (7500 = 75.00%). */
  cofinancing_rate_bp: number;
  managing_authority_i18n: string;
  /** ISTAT codes of a territorial source (regional, local, territorial foundation); null otherwise. */
  region_code: string | null;
  municipality_code: string | null;
  /** Optimistic lock: incremented by every write; an update names the version it read. */
  version: Generated<number>;
}

export interface FundingSourcePriorityTable {
  funding_source_id: string;
  priority: IntegrationPriority;
}

export interface CallTable {
  id: string;
  funding_source_id: string;
  title_i18n: string;
  budget_cents: number;
  opens_on: string;
  closes_on: string;
  /** JSON array of BeneficiaryKind values. */
  eligible_beneficiaries: string;
  /** Optimistic lock: incremented by every write; an update names the version it read. */
  version: Generated<number>;
}

export interface AllocationTable {
  id: string;
  funding_source_id: string;
  call_id: string | null;
  pilot_action_id: string;
  /** Region of the pilot action (ISTAT), kept here to filter allocations by territory. */
  region_code: string;
  committed_cents: number;
  spent_cents: number;
  starts_on: string;
  ends_on: string | null;
  /** The latest date a recorded spending was made on (`recordSpending`); null when none was given. */
  last_spent_on: Generated<string | null>;
  /** Optimistic lock: incremented by every write; an update names the version it read. */
  version: Generated<number>;
}

export interface FundingDb extends AuditDb {
  funding_sources: FundingSourceTable;
  funding_source_priorities: FundingSourcePriorityTable;
  calls: CallTable;
  allocations: AllocationTable;
}

export type FundingSourceRow = Selectable<FundingSourceTable>;
export type CallTableRow = Selectable<CallTable>;
/** A call as the repository returns it: the stored row plus its status, derived in SQL from the dates. */
export type CallRow = CallTableRow & { status: CallStatus };
export type AllocationRow = Selectable<AllocationTable>;

/** Rows as the seed and the writes insert them (the bookkeeping columns take their defaults). */
export type NewFundingSource = Insertable<FundingSourceTable>;
export type NewCall = Insertable<CallTable>;
export type NewAllocation = Insertable<AllocationTable>;

/** Committed and spent sums of a group of allocations, computed in SQL. */
export interface Sums {
  committed: number;
  spent: number;
}
