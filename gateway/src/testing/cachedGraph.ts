/**
 * The fixture of the data cache tests (response cache, entity cache, invalidation): the real
 * services and territories subgraphs, seeded, behind the committed supergraph, and what a test
 * reads to tell a hit from a miss: the fetches the gateway sent, the SQL the subgraphs ran and the
 * gateway's cache counters.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { mintDevToken } from '../../../lib/auth/keys.js';
import { readCounter } from '../../../lib/metrics.js';
import { subgraphs, supergraphPath } from '../../../schema/subgraphs.js';
import { services } from '../../../subgraphs/services/src/subgraph.js';
import { territories } from '../../../subgraphs/territories/src/subgraph.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from './harness.js';

// Answers are read in tests by path; the assertions check their shape.
export type Data = Record<string, any>;

export interface CacheCounts {
  /** Fetches the gateway sent to each subgraph. */
  readonly services: number;
  readonly territories: number;
  /** SQL statements both subgraphs ran. */
  readonly sql: number;
  readonly hits: number;
  readonly misses: number;
  readonly invalidations: number;
  readonly entityHits: number;
  readonly entityMisses: number;
}

export interface CachedGraph {
  /** A gateway over the two subgraphs (the others refuse connections), with `env` on top; stopped after the file. */
  start(env?: Record<string, string>): Promise<TestGateway>;
  counts(gateway: TestGateway): Promise<CacheCounts>;
}

/** Starts the two subgraphs before the file's tests and stops them, and every gateway started, after. */
export function cachedGraph(): CachedGraph {
  let servicesSubgraph: RunningSubgraph;
  let territoriesSubgraph: RunningSubgraph;
  let baseEnv: Record<string, string>;
  const started: TestGateway[] = [];
  beforeAll(async () => {
    [servicesSubgraph, territoriesSubgraph] = await Promise.all([
      startSubgraph(services, { dialect: 'sqlite', file: ':memory:' }),
      startSubgraph(territories, { dialect: 'sqlite', file: ':memory:' }),
    ]);
    baseEnv = Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, 'http://127.0.0.1:9/graphql']));
    baseEnv['SERVICES_URL'] = servicesSubgraph.url;
    baseEnv['TERRITORIES_URL'] = territoriesSubgraph.url;
  });
  afterAll(async () => {
    await Promise.all(started.map((g) => g.dispose()));
    await Promise.all([servicesSubgraph?.dispose(), territoriesSubgraph?.dispose()]);
  });
  return {
    async start(env = {}) {
      const gateway = await startTestGateway({
        supergraphSdl: readFileSync(supergraphPath, 'utf8'),
        env: { ...baseEnv, ...env },
      });
      started.push(gateway);
      return gateway;
    },
    async counts(gateway) {
      const text = await (await fetch(`${gateway.origin}/metrics`)).text();
      return {
        services: readCounter(text, 'integra_subgraph_fetches_total', { subgraph: 'services' }),
        territories: readCounter(text, 'integra_subgraph_fetches_total', { subgraph: 'territories' }),
        sql: servicesSubgraph.statements() + territoriesSubgraph.statements(),
        hits: readCounter(text, 'integra_gateway_response_cache_lookups_total', { result: 'hit' }),
        misses: readCounter(text, 'integra_gateway_response_cache_lookups_total', { result: 'miss' }),
        invalidations: readCounter(text, 'integra_gateway_response_cache_invalidations_total'),
        entityHits: readCounter(text, 'integra_gateway_entity_cache_lookups_total', { result: 'hit' }),
        entityMisses: readCounter(text, 'integra_gateway_entity_cache_lookups_total', { result: 'miss' }),
      };
    },
  };
}

/** An operation no other test or run sends, so no cache entry (in memory or in a shared Redis) can answer it yet. */
export function unique(selection: string, variables = ''): string {
  return `query Read_${randomUUID().replace(/-/g, '')}${variables} ${selection}`;
}

/** An `Authorization` header for a development token of `partner`. */
export async function bearer(
  partner: string,
  scopes: string[] = [],
  region?: string,
): Promise<Record<string, string>> {
  const token = await mintDevToken({
    partner,
    scopes,
    region,
    issuer: 'https://integra.dev/issuer',
    audience: 'integra-gateway',
  });
  return { authorization: `Bearer ${token}` };
}

export const ask = (
  gateway: TestGateway,
  query: string,
  variables: object = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> => gateway.post<Data>({ query, variables }, headers);

/** A write the services subgraph reports done (or refuses with CONFLICT on a stale version). */
export const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateServiceInput!) { updateService(id: $id, expectedVersion: $v, input: $input) { id version address } }`;
