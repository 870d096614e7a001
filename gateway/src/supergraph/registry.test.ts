import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERGRAPH_CHANNEL } from '../../../lib/supergraphChannel.js';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  territoriesVersion,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';
import { startRegistryStandIn, type RegistryStandIn } from '../testing/registryStandIn.js';

const health = async (gateway: TestGateway) =>
  (await (await fetch(`${gateway.origin}/health`)).json()) as { source: { version: number } };

let v1: TestSubgraph;
let v2: TestSubgraph;
let registry: RegistryStandIn;
const gateways: TestGateway[] = [];
beforeAll(async () => {
  v1 = await startSubgraph(territoriesVersion('name: String!'));
  v2 = await startSubgraph(territoriesVersion('name: String! population: Int'));
  registry = await startRegistryStandIn();
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.dispose()));
  await Promise.all([v1?.stop(), v2?.stop(), registry?.close()]);
});

async function gatewayOnRegistry(env: Record<string, string>): Promise<TestGateway> {
  const gateway = await startTestGateway({ supergraphSdl: '', registryUrl: registry.url, env });
  gateways.push(gateway);
  return gateway;
}

describe('a gateway following the registry', () => {
  it("serves the registry's supergraph, swaps to a new version, and never to one that does not load", async () => {
    const first = registry.publish(composeSupergraph([v1]));
    const gateway = await gatewayOnRegistry({ GATEWAY_REGISTRY_POLL_MS: '100' });
    expect((await gateway.query('{ region(code: "03") { name } }')).body).toEqual({
      data: { region: { name: 'Lombardia' } },
    });
    expect((await health(gateway)).source).toMatchObject({ source: 'registry', version: first });

    const v = registry.publish(composeSupergraph([v2]));
    await expect
      .poll(async () => (await gateway.query('{ region(code: "03") { population } }')).body, {
        timeout: 5000,
      })
      .toEqual({
        data: { region: { population: 10_000_000 } },
      });
    expect((await health(gateway)).source).toMatchObject({ version: v });

    const broken = registry.publish('this is not a supergraph');
    // Checks run one at a time: once the broken version is fetched a second time, the first fetch was tried and refused.
    await expect.poll(() => registry.timesSent(broken), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    expect((await health(gateway)).source).toMatchObject({ version: v });
    expect((await gateway.query('{ region(code: "03") { population } }')).body).toEqual({
      data: { region: { population: 10_000_000 } },
    });
  });
});

const REDIS_URL = 'redis://127.0.0.1:6379';
const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 1000, reconnectStrategy: false } });
const redisUp = await redis.connect().then(
  () => true,
  () => false,
);
const inCI = process.env['CI'] === 'true';
if (!redisUp)
  console.warn(
    `[gateway registry] ${inCI ? 'FAILING' : 'SKIPPING'} the Redis announcement test: Redis is not reachable at ${REDIS_URL}`,
  );

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
    await expect.poll(async () => (await health(gateway)).source.version, { timeout: 3000 }).toBe(version);
    expect((await gateway.query('{ region(code: "03") { population } }')).body).toEqual({
      data: { region: { population: 10_000_000 } },
    });
  });
});
