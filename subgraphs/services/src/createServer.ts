/** Builds the services subgraph without listening (tests import it; main.ts listens). */
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { Kysely } from 'kysely';
import { createSubgraphServer, type SubgraphServer } from '../../../lib/subgraph/server.js';
import type { SubgraphDeps, SubgraphParts } from '../../../lib/subgraph/run.js';
import type { ServicesDb } from './data/tables.js';
import { createLoaders } from './data/services.loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seed.js';
import { resolvers } from './resolvers/index.js';
import type { Context } from './context.js';

const typeDefs = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

/** The services subgraph's HTTP server over `deps.db`, with per-request loaders. */
export async function createServer(deps: SubgraphDeps<ServicesDb>): Promise<SubgraphServer> {
  return createSubgraphServer<Context>({
    name: 'services',
    typeDefs,
    resolvers,
    createContext: ({ locale }) => ({ db: deps.db, locale, loaders: createLoaders(deps.db) }),
    metrics: deps.metrics,
    log: deps.log,
    development: deps.development,
  });
}

/** Everything the process runner needs to run this subgraph. */
export const services: SubgraphParts<ServicesDb> = {
  name: 'services',
  migrations,
  seed: (db: Kysely<ServicesDb>, log) => seed(db, log),
  createServer,
};
