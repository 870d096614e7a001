/** The associations subgraph: its schema, resolvers, data and per-request loaders. */
import type { AssociationsDb } from './data/tables.js';
import { createLoaders, type Loaders } from './data/associations.loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seed.js';
import { resolvers } from './resolvers/index.js';
import { defineSubgraph } from '../../../lib/subgraph/define.js';

/** Everything the process runner and the tests need to run this subgraph. */
export const associations = defineSubgraph<AssociationsDb, Loaders>({
  name: 'associations',
  port: 4003,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
  migrations,
  seed,
  createLoaders,
});
