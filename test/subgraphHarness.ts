/**
 * Starts one real subgraph on a free port over a fresh, seeded database, for tests: query it over
 * HTTP and read how many SQL statements it ran.
 */
import type { SubgraphParts } from '../lib/subgraph/run.js';
import type { DbConfig } from '../lib/db/index.js';
import { createSubgraphMetrics } from '../lib/metrics.js';
import { silentLogger } from '../lib/log.js';
import { seededDatabase } from './dialects.js';
import type { Caller } from '../lib/auth/caller.js';
import { viaGateway } from './assertions.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RunningSubgraph {
  readonly url: string;
  /** Sends an operation as the gateway would for an anonymous caller (`headers` add to or replace its headers). */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Sends an operation as the gateway would for `caller`. */
  queryAs<T = Record<string, any>>(
    caller: Caller,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** SQL statements run so far. */
  statements(): number;
  dispose(): Promise<void>;
}

export async function startSubgraph<DB>(
  parts: SubgraphParts<DB>,
  config: DbConfig,
): Promise<RunningSubgraph> {
  const metrics = createSubgraphMetrics(parts.name, false);
  let count = 0;
  const database = await seededDatabase<DB>(config, parts.migrations, parts.seed, () => {
    count++;
    metrics.countStatement();
  });
  const server = await parts.createServer({
    db: database.db,
    metrics,
    log: silentLogger(),
    development: true,
  });
  const url = await server.listen(0);
  const send = async (
    query: string,
    variables: Record<string, unknown> | undefined,
    headers: Record<string, string>,
  ) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<never>;
  };
  return {
    url,
    query: async (query, variables, headers) =>
      send(query, variables, { ...(await viaGateway(parts.name)), ...headers }),
    queryAs: async (caller, query, variables) => send(query, variables, await viaGateway(parts.name, caller)),
    statements: () => count,
    async dispose() {
      await server.dispose();
      await database.dispose();
    },
  };
}
