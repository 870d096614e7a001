/**
 * What invalidates the caches every replica shares: two gateways over one Redis, in front of the
 * real services and territories subgraphs (the other subgraphs are down). A mutation that changed
 * nothing leaves an answer cached through one gateway served by the other; one a subgraph did
 * makes both answer fresh.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { subgraphs, supergraphPath } from '../../schema/subgraphs.js';
import { bearer } from '../../test/tokens.js';
import { readCounter } from '../../lib/metrics.js';
import { startSubgraph, type RunningSubgraph } from '../../test/subgraphHarness.js';
import { TEST_REDIS_URL, describeWithRedis } from '../../test/redis.js';
import { services } from '../../subgraphs/services/src/subgraph.js';
import { territories } from '../../subgraphs/territories/src/subgraph.js';
import { startTestGateway, type TestGateway } from './testing/harness.js';

// A Redis database of its own: no other test's write moves this file's write generation.
const redisUrl = new URL(TEST_REDIS_URL);
redisUrl.pathname = '/11';
const REDIS_URL = redisUrl.toString();

const UPDATE = (id: string, version: number, address: string, alias = 'updateService') =>
  `${alias}: updateService(id: "${id}", expectedVersion: ${version}, input: { address: "${address}" }) { id version address }`;

type Case = readonly [
  name: string,
  query: string,
  who: 'anonymous' | 'writer' | 'reader' | 'funding',
  expected: { data: unknown; code?: string },
];
const noOps: Case[] = [
  ['only __typename', 'mutation { __typename }', 'anonymous', { data: { __typename: 'Mutation' } }],
  [
    '__typename under two aliases',
    'mutation { a: __typename b: __typename }',
    'anonymous',
    { data: { a: 'Mutation', b: 'Mutation' } },
  ],
  [
    '__typename in a fragment on Mutation',
    'mutation { ...Touch } fragment Touch on Mutation { __typename }',
    'anonymous',
    { data: { __typename: 'Mutation' } },
  ],
  [
    '__typename in an inline fragment',
    'mutation { ... on Mutation { t: __typename } }',
    'anonymous',
    { data: { t: 'Mutation' } },
  ],
  [
    'a write by an anonymous caller (refused by the gateway)',
    `mutation { ${UPDATE('SRV-00021', 1, 'Via Anonima 1')} }`,
    'anonymous',
    { data: { updateService: null }, code: 'UNAUTHENTICATED' },
  ],
  [
    'a write without the scope (refused by the gateway)',
    `mutation { ${UPDATE('SRV-00021', 1, 'Via Senza 1')} }`,
    'reader',
    { data: { updateService: null }, code: 'FORBIDDEN' },
  ],
  [
    'a write with bad input (refused by the subgraph)',
    `mutation { ${UPDATE('not-a-service-id', 1, 'Via Sbagliata 1')} }`,
    'writer',
    { data: { updateService: null }, code: 'BAD_USER_INPUT' },
  ],
  [
    'a write on an outdated version (refused by the subgraph)',
    `mutation { ${UPDATE('SRV-00021', 7, 'Via Vecchia 1')} }`,
    'writer',
    { data: { updateService: null }, code: 'CONFLICT' },
  ],
  [
    'a refused write next to __typename, in a fragment',
    `mutation { __typename ...W } fragment W on Mutation { ${UPDATE('SRV-00021', 7, 'Via Vecchia 2', 'w')} }`,
    'writer',
    { data: { __typename: 'Mutation', w: null }, code: 'CONFLICT' },
  ],
  [
    'a write whose subgraph is down',
    'mutation { recordSpending(allocationId: "ALL-0001", expectedVersion: 1, amount: "1.00") { id } }',
    'funding',
    { data: { recordSpending: null }, code: 'SUBGRAPH_UNAVAILABLE' },
  ],
];

let servicesSubgraph: RunningSubgraph;
let territoriesSubgraph: RunningSubgraph;
let a: TestGateway;
let b: TestGateway;
let headers: Record<Case[2], Record<string, string>>;
beforeAll(async () => {
  [servicesSubgraph, territoriesSubgraph] = await Promise.all([
    startSubgraph(services, { dialect: 'sqlite', file: ':memory:' }),
    startSubgraph(territories, { dialect: 'sqlite', file: ':memory:' }),
  ]);
  const env = Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, 'http://127.0.0.1:9/graphql']));
  Object.assign(env, {
    SERVICES_URL: servicesSubgraph.url,
    TERRITORIES_URL: territoriesSubgraph.url,
    REDIS_URL,
    GATEWAY_ENTITY_CACHE: 'true',
  });
  const supergraphSdl = readFileSync(supergraphPath, 'utf8');
  [a, b] = await Promise.all([
    startTestGateway({ supergraphSdl, env }),
    startTestGateway({ supergraphSdl, env }),
  ]);
  headers = {
    anonymous: {},
    writer: await bearer('services', ['services:write']),
    reader: await bearer('services', ['audit:read']),
    funding: await bearer('funding', ['funding:write']),
  };
});
afterAll(async () => {
  await Promise.all([a?.dispose(), b?.dispose()]);
  await Promise.all([servicesSubgraph?.dispose(), territoriesSubgraph?.dispose()]);
});

const invalidations = async (gateway: TestGateway) =>
  readCounter(
    await (await fetch(`${gateway.origin}/metrics`)).text(),
    'integra_gateway_response_cache_invalidations_total',
  );

/** Asks `query`: its address and whether the answer came from the cache (`age`). */
async function read(gateway: TestGateway, query: string): Promise<{ address: unknown; cached: boolean }> {
  const response = await gateway.query<{ service: { address: string } }>(query);
  expect(response.body.errors).toBeUndefined();
  return { address: response.body.data?.service.address, cached: response.headers.get('age') !== null };
}

/** A query of service `id` answered through `a`, then kept in Redis: `b` answers it from the cache. */
async function cachedOnBoth(id: string): Promise<string> {
  const query = `query Read_${randomUUID().replace(/-/g, '')} { service(id: "${id}") { id address } }`;
  await expect.poll(async () => (await read(a, query)).cached).toBe(true);
  expect((await read(b, query)).cached).toBe(true);
  return query;
}

describeWithRedis('the write generation shared by replicas', () => {
  it.each(noOps)(
    'is not moved by a mutation that changed nothing: %s',
    async (_name, mutation, who, expected) => {
      const query = await cachedOnBoth('SRV-00021');
      const before = await invalidations(a);
      const response = await a.post({ query: mutation }, headers[who]);
      expect(response.body.data).toEqual(expected.data);
      expect(response.body.errors?.[0]?.extensions?.['code']).toBe(expected.code);
      expect(await read(b, query)).toMatchObject({ cached: true });
      expect(await read(a, query)).toMatchObject({ cached: true });
      expect(await invalidations(a)).toBe(before);
    },
  );

  it('is moved by a write the subgraph did, on every replica, also next to a refused one', async () => {
    for (const [mutation, address] of [
      [`mutation { ${UPDATE('SRV-00022', 1, 'Via Fatta 1')} }`, 'Via Fatta 1'],
      [
        `mutation { ${UPDATE('SRV-00022', 1, 'Via Vecchia 3', 'no')} ${UPDATE('SRV-00022', 2, 'Via Fatta 2', 'yes')} }`,
        'Via Fatta 2',
      ],
    ] as const) {
      const query = await cachedOnBoth('SRV-00022');
      const before = await invalidations(a);
      const response = await a.post({ query: mutation }, headers.writer);
      expect(JSON.stringify(response.body.data)).toContain(address);
      expect(await read(b, query)).toEqual({ address, cached: false });
      // b kept its fresh answer in Redis: a may serve that one, never the old.
      expect(await read(a, query)).toMatchObject({ address });
      expect(await invalidations(a)).toBe(before + 1);
    }
  });
});
