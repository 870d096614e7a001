/**
 * Per-request DataLoaders: every entity lookup, relation and sum of a request is batched into one
 * statement per kind, whatever the number of parents (an `_entities` batch of hundreds included).
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { byKey, groupByKey, pagedLoader, type PagedLoader } from '../../../../lib/loaders.js';
import type { AllocationRow, CallRow, FundingDb, FundingSourceRow, Sums } from './tables.js';
import type { IntegrationPriority } from './catalogue/types.js';
import * as sources from './fundingSources.repository.js';
import * as calls from './calls.repository.js';
import * as allocations from './allocations.repository.js';

export interface Loaders {
  fundingSource: DataLoader<string, FundingSourceRow | null>;
  call: DataLoader<string, CallRow | null>;
  allocation: DataLoader<string, AllocationRow | null>;
  /** Priorities a source serves. */
  priorities: DataLoader<string, IntegrationPriority[]>;
  /** Committed and spent over a source's allocations. */
  sourceSums: DataLoader<string, Sums>;
  callsOfSource: PagedLoader<CallRow, calls.CallFilter>;
  allocationsOfSource: PagedLoader<AllocationRow, Record<string, never>>;
  allocationsOfCall: PagedLoader<AllocationRow, Record<string, never>>;
  fundedActionsOfSource: PagedLoader<sources.FundedActionRow, Record<string, never>>;
  /** Committed and spent over a pilot action's allocations. */
  actionSums: DataLoader<string, Sums>;
  /** A pilot action's sums per funding source, largest commitment first. */
  actionSumsBySource: DataLoader<string, allocations.ActionSourceSumsRow[]>;
  actionAllocations: DataLoader<string, AllocationRow[]>;
}

const NOTHING: Sums = { committed: 0, spent: 0 };

/** Orders sum rows as `keys`; a key without allocations sums to zero. */
function sumsByKey<Row extends Sums>(keys: readonly string[], rows: readonly Row[], keyOf: (row: Row) => string): Sums[] {
  return byKey(keys, rows, keyOf).map((row) => (row ? { committed: Number(row.committed), spent: Number(row.spent) } : NOTHING));
}

/** Builds the loaders of one request (never share them between requests: they cache). */
export function createLoaders(db: Kysely<FundingDb>): Loaders {
  return {
    fundingSource: new DataLoader(async (ids) => byKey(ids, await sources.sourcesById(db, ids), (s) => s.id)),
    call: new DataLoader(async (ids) => byKey(ids, await calls.callsById(db, ids), (c) => c.id)),
    allocation: new DataLoader(async (ids) => byKey(ids, await allocations.allocationsById(db, ids), (a) => a.id)),
    priorities: new DataLoader(async (ids) =>
      groupByKey(ids, await sources.prioritiesOf(db, ids), (p) => p.funding_source_id).map((rows) => rows.map((r) => r.priority)),
    ),
    sourceSums: new DataLoader(async (ids) => sumsByKey(ids, await allocations.sumsBySource(db, ids), (r) => r.funding_source_id)),
    callsOfSource: pagedLoader((ids, filter, page) => calls.callsOfSources(db, ids, filter, page)),
    allocationsOfSource: pagedLoader((ids, _filter, page) => allocations.allocationsOf(db, 'funding_source_id', ids, page)),
    allocationsOfCall: pagedLoader((ids, _filter, page) => allocations.allocationsOf(db, 'call_id', ids, page)),
    fundedActionsOfSource: pagedLoader((ids, _filter, page) => sources.fundedActionsOf(db, ids, page)),
    actionSums: new DataLoader(async (ids) => sumsByKey(ids, await allocations.sumsByAction(db, ids), (r) => r.pilot_action_id)),
    actionSumsBySource: new DataLoader(async (ids) =>
      groupByKey(ids, await allocations.sumsByActionAndSource(db, ids), (r) => r.pilot_action_id).map((rows) =>
        rows.map((r) => ({ ...r, committed: Number(r.committed), spent: Number(r.spent) })),
      ),
    ),
    actionAllocations: new DataLoader(async (ids) =>
      groupByKey(ids, await allocations.allocationsOfActions(db, ids), (a) => a.pilot_action_id),
    ),
  };
}
