/** The content subgraph: the Portal's publications, newsletter, events, Cultural Area and International Protection. */
import type { ContentDb } from './data/tables.js';
import { createLoaders, type Loaders } from './data/content.loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seed.js';
import { resolvers } from './resolvers/index.js';
import { defineSubgraph } from '../../../lib/subgraph/define.js';

/** Everything the process runner and the tests need to run this subgraph, its name and port included. */
export const content = defineSubgraph<ContentDb, Loaders>({
  name: 'content',
  port: 4006,
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
  migrations,
  seed,
  createLoaders,
});
