/**
 * Invalidation through the whole gateway, in front of the real services and territories subgraphs:
 * a write a subgraph reports done makes every later read fresh, in the response cache and the entity
 * cache, on this gateway and on every replica sharing Redis; a refused write invalidates nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL as REDIS_URL, describeWithRedis } from '../../../test/redis.js';
import { ask, bearer, cachedGraph, UPDATE, unique } from '../testing/cachedGraph.js';
import type { TestGateway } from '../testing/harness.js';

const { start: startGateway, counts } = cachedGraph();

describe('the in-memory response cache', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });

  it('answers fresh after a mutation a subgraph did, and keeps its answers after one the subgraph refused', async () => {
    const query = unique(`($id: ID!) { service(id: $id) { address version } }`);
    const read = async () => {
      const before = await counts(gateway);
      const response = await ask(gateway, query, { id: 'SRV-00003' });
      expect(response.body.errors).toBeUndefined();
      return {
        service: response.body.data?.['service'],
        fetched: (await counts(gateway)).services - before.services,
      };
    };
    const original = await read();
    expect(original.fetched).toBe(1);
    expect(await read()).toEqual({ ...original, fetched: 0 });

    const writer = await bearer('services', ['services:write']);
    const before = await counts(gateway);
    const accepted = await ask(
      gateway,
      UPDATE,
      { id: 'SRV-00003', v: 1, input: { address: 'Via Nuova 1' } },
      writer,
    );
    expect(accepted.body.errors).toBeUndefined();
    expect(await read()).toEqual({ service: { address: 'Via Nuova 1', version: 2 }, fetched: 1 });
    expect(await read()).toEqual({ service: { address: 'Via Nuova 1', version: 2 }, fetched: 0 });

    const refused = await ask(
      gateway,
      UPDATE,
      { id: 'SRV-00003', v: 1, input: { address: 'Via Vecchia 2' } },
      writer,
    );
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(await read()).toEqual({ service: { address: 'Via Nuova 1', version: 2 }, fetched: 0 });
    expect((await counts(gateway)).invalidations).toBe(before.invalidations + 1);
  });
});

describe('the entity cache (here without the response cache)', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startGateway({ GATEWAY_RESPONSE_CACHE: 'false', GATEWAY_ENTITY_CACHE: 'true' });
  });

  it('answers fresh after a write through the gateway', async () => {
    const query = `{ region(code: "07") { services(first: 1) { edges { node { id version address } } } } }`;
    const read = async () => {
      const response = await ask(gateway, unique(query));
      expect(response.body.errors).toBeUndefined();
      return response.body.data?.['region'].services.edges[0].node as {
        id: string;
        version: number;
        address: string;
      };
    };
    const original = await read();
    const before = await counts(gateway);
    expect(await read()).toEqual(original);
    expect((await counts(gateway)).services).toBe(before.services); // the region's services, from the cache

    const writer = await bearer('services', ['services:write']);
    const written = await ask(
      gateway,
      UPDATE,
      { id: original.id, v: original.version, input: { address: 'Via della Cache 7' } },
      writer,
    );
    expect(written.body.errors).toBeUndefined();
    expect(await read()).toEqual({
      id: original.id,
      version: original.version + 1,
      address: 'Via della Cache 7',
    });
  });
});

describeWithRedis(`the Redis response cache at ${REDIS_URL}`, () => {
  it('answers fresh on every replica after a write through one of them', async () => {
    const [a, b] = await Promise.all([startGateway({ REDIS_URL }), startGateway({ REDIS_URL })]);
    const query = unique(`($id: ID!) { service(id: $id) { address version } }`);
    const read = async (gateway: TestGateway) => {
      const before = await counts(gateway);
      const response = await ask(gateway, query, { id: 'SRV-00004' });
      expect(response.body.errors).toBeUndefined();
      return {
        service: response.body.data?.['service'],
        fetched: (await counts(gateway)).services - before.services,
        age: response.headers.get('age'),
      };
    };
    const first = await read(a);
    // Gateway a stores in the background: once b hits, the entry is in Redis for both.
    await expect.poll(async () => (await read(b)).age).not.toBeNull();
    expect(await read(b)).toEqual({
      service: first.service,
      fetched: 0,
      age: expect.stringMatching(/^\d+$/),
    });

    const written = await ask(
      a,
      UPDATE,
      { id: 'SRV-00004', v: 1, input: { address: 'Via Condivisa 4' } },
      await bearer('services', ['services:write']),
    );
    expect(written.body.errors).toBeUndefined();
    expect(await read(b)).toEqual({
      service: { address: 'Via Condivisa 4', version: 2 },
      fetched: 1,
      age: null,
    });
  });
});
