import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { createClient } from '@redis/client';
import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERGRAPH_CHANNEL } from '../../../lib/supergraphChannel.js';
import { composeSupergraph, startSubgraph, startTestGateway, type TestGateway, type TestSubgraph } from '../testing/harness.js';

/** What a gateway reads of a registry: `GET /api/supergraph`, with ETag. The registry's own tests cover the rest. */
function registryStandIn() {
  let current = { version: 0, id: '', sdl: '' };
  const server = http.createServer((req, res) => {
    if (req.url !== '/api/supergraph') return void res.writeHead(404).end();
    if (req.headers['if-none-match'] === `"${current.id}"`) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/json', etag: `"${current.id}"` }).end(JSON.stringify(current));
  });
  return {
    server,
    publish(sdl: string) {
      current = { version: current.version + 1, id: createHash('sha256').update(sdl).digest('hex'), sdl };
      return current.version;
    },
  };
}

const region = (fields: string) => ({
  name: 'territories',
  typeDefs: gql(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { region(code: ID!): Region }
    type Region @key(fields: "code") { code: ID! ${fields} }
  `),
  resolvers: { Query: { region: (_: unknown, { code }: { code: string }) => ({ code, name: 'Lombardia', population: 10_000_000 }) } },
});

const health = async (gateway: TestGateway) => (await (await fetch(`${gateway.origin}/health`)).json()) as { source: { version: number } };
async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let v1: TestSubgraph;
let v2: TestSubgraph;
const registry = registryStandIn();
let registryUrl: string;
const gateways: TestGateway[] = [];
beforeAll(async () => {
  v1 = await startSubgraph(region('name: String!'));
  v2 = await startSubgraph(region('name: String!\npopulation: Int'));
  await new Promise<void>((resolve) => registry.server.listen(0, '127.0.0.1', resolve));
  registryUrl = `http://127.0.0.1:${(registry.server.address() as AddressInfo).port}`;
  registry.publish(composeSupergraph([v1]));
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.dispose()));
  await Promise.all([v1?.stop(), v2?.stop()]);
  await new Promise((resolve) => registry.server.close(resolve));
});

async function gatewayOnRegistry(env: Record<string, string>): Promise<TestGateway> {
  const gateway = await startTestGateway({ supergraphSdl: '', registryUrl, env });
  gateways.push(gateway);
  return gateway;
}

describe('a gateway following the registry', () => {
  it('serves the registry\'s supergraph, swaps to a new version, and never to one that does not load', async () => {
    const gateway = await gatewayOnRegistry({ GATEWAY_REGISTRY_POLL_MS: '100' });
    expect((await gateway.query('{ region(code: "03") { name } }')).body).toEqual({ data: { region: { name: 'Lombardia' } } });
    expect((await health(gateway)).source).toMatchObject({ source: 'registry', version: 1 });

    const v = registry.publish(composeSupergraph([v2]));
    const answered = await eventually(
      () => gateway.query('{ region(code: "03") { population } }'),
      (r) => r.status === 200 && r.body.errors === undefined,
    );
    expect(answered.body).toEqual({ data: { region: { population: 10_000_000 } } });
    expect((await health(gateway)).source).toMatchObject({ version: v });

    registry.publish('this is not a supergraph');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await health(gateway)).source).toMatchObject({ version: v });
    expect((await gateway.query('{ region(code: "03") { population } }')).body).toEqual({ data: { region: { population: 10_000_000 } } });
  });
});

const REDIS_URL = 'redis://127.0.0.1:6379';
const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 1000, reconnectStrategy: false } });
const redisUp = await redis.connect().then(
  () => true,
  () => false,
);
const inCI = process.env['CI'] === 'true';
if (!redisUp) console.warn(`[gateway registry] ${inCI ? 'FAILING' : 'SKIPPING'} the Redis announcement test: Redis is not reachable at ${REDIS_URL}`);

describe.skipIf(!redisUp && !inCI)('announcements on Redis', () => {
  afterAll(async () => {
    if (redisUp) await redis.close();
  });
  it('swaps as soon as the registry announces a version, long before the next poll', async () => {
    if (!redisUp) throw new Error(`Redis is not reachable at ${REDIS_URL}, and CI=true requires it`);
    registry.publish(composeSupergraph([v1]));
    const gateway = await gatewayOnRegistry({ REDIS_URL, GATEWAY_REGISTRY_POLL_MS: '3600000' });
    expect((await gateway.query('{ region(code: "03") { population } }')).status).toBe(400);
    const version = registry.publish(composeSupergraph([v2]));
    await redis.publish(SUPERGRAPH_CHANNEL, String(version));
    const served = await eventually(() => health(gateway), (h) => h.source.version === version, 3000);
    expect(served.source.version).toBe(version);
    expect((await gateway.query('{ region(code: "03") { population } }')).body).toEqual({ data: { region: { population: 10_000_000 } } });
  });
});
