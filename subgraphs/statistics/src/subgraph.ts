/** The statistics subgraph: its schema, resolvers, data and per-request loaders. */
import type { StatisticsDb } from './data/tables.js';
import { createLoaders, type Loaders } from './data/statistics.loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seed.js';
import { resolvers } from './resolvers/index.js';
import { defineSubgraph } from '../../../lib/subgraph/define.js';

/** Everything the process runner and the tests need to run this subgraph, its name and port included. */
export const statistics = defineSubgraph<StatisticsDb, Loaders>({
  name: 'statistics',
  port: 4007,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
  migrations,
  seed,
  createLoaders,
});
