/**
 * Per-request DataLoaders: every lookup and entity reference of a request is batched into one
 * statement, whatever their number.
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { byKey } from '../../../../lib/loaders.js';
import type { ContentDb, ContentRow } from './tables.js';
import * as repo from './content.repository.js';

/** The DataLoaders of one request. */
export interface Loaders {
  content: DataLoader<string, ContentRow | null>;
}

/** Builds one request's DataLoaders (`defineSubgraph` calls it per request). */
export function createLoaders(db: Kysely<ContentDb>): Loaders {
  return {
    content: new DataLoader(async (ids) => byKey(ids, await repo.contentById(db, ids), (row) => row.id)),
  };
}
