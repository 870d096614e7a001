/** The funding subgraph: its schema, resolvers, data and per-request loaders. */
import type { FundingDb } from './data/tables.js';
import { createLoaders, type Loaders } from './data/funding.loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seed.js';
import { noGraph } from './data/pilotActionRegions.js';
import { createResolvers } from './resolvers/index.js';
import type { MutationDeps } from './resolvers/Mutation.js';
import { defineSubgraph } from '../../../lib/subgraph/define.js';
import type { SubgraphParts } from '../../../lib/subgraph/run.js';

/** Everything the process runner and the tests need to run this subgraph, with what its writes ask of the graph. */
export function createFunding(deps: MutationDeps): SubgraphParts<FundingDb> {
  return defineSubgraph<FundingDb, Loaders>({
    name: 'funding',
    port: 4004,
    schemaFile: new URL('../schema.graphql', import.meta.url),
    resolvers: createResolvers(deps),
    migrations,
    seed,
    createLoaders,
  });
}

/** The subgraph without a graph to ask: it reads and writes, but refuses every allocation (`GRAPH_UNAVAILABLE`). */
export const funding = createFunding({ leadRegions: noGraph });
