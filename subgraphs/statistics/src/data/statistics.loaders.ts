/**
 * Per-request DataLoaders: every lookup and entity reference of a request is batched into one
 * statement, whatever their number.
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { byKey } from '../../../../lib/loaders.js';
import type { StatisticsDb, StatisticRow } from './tables.js';
import * as repo from './statistics.repository.js';

/** The DataLoaders of one request. */
export interface Loaders {
  statistic: DataLoader<string, StatisticRow | null>;
}

/** Builds one request's DataLoaders (`defineSubgraph` calls it per request). */
export function createLoaders(db: Kysely<StatisticsDb>): Loaders {
  return {
    statistic: new DataLoader(async (ids) => byKey(ids, await repo.statisticsById(db, ids), (row) => row.id)),
  };
}
