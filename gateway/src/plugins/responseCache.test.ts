/**
 * The response cache through the whole gateway, in front of the real services and territories
 * subgraphs: what is kept, for whom, and where. (Invalidation by writes: cacheInvalidation.test.ts.)
 */
import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_REDIS_URL as REDIS_URL, describeWithRedis } from '../../../test/redis.js';
import { ask, bearer, cachedGraph, UPDATE, unique } from '../testing/cachedGraph.js';
import type { TestGateway } from '../testing/harness.js';

const { start: startGateway, counts } = cachedGraph();

describe('the in-memory response cache (the default)', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startGateway();
  });

  it('serves a cacheable query from the cache the second time, without asking any subgraph', async () => {
    const query = unique(
      `{ service(id: "SRV-00001") { id name { text } municipality { name province { abbreviation } } } }`,
    );
    const before = await counts(gateway);
    const first = await ask(gateway, query);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.['service']).toMatchObject({
      id: 'SRV-00001',
      municipality: { name: expect.any(String) },
    });
    // The lowest maxAge of the subgraphs asked: services (60 s), territories (600 s).
    expect(first.headers.get('cache-control')).toBe('max-age=60, public');
    expect(first.headers.get('age')).toBeNull();
    const afterFirst = await counts(gateway);
    expect(afterFirst.services).toBe(before.services + 1);
    expect(afterFirst.territories).toBe(before.territories + 1);
    expect(afterFirst.misses).toBe(before.misses + 1);

    const second = await ask(gateway, query);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    expect(second.headers.get('vary')).toMatch(/Accept-Language, Authorization/);
    const afterSecond = await counts(gateway);
    expect(afterSecond).toEqual({ ...afterFirst, hits: afterFirst.hits + 1 });
  });

  it('keeps answers apart per language and per caller (anonymous, partner, scopes, region)', async () => {
    const query = unique(`{ region(code: "03") { name { text } } }`);
    const asks: [Record<string, string>, string, 'hit' | 'miss'][] = [
      [{}, 'Lombardia', 'miss'],
      [{}, 'Lombardia', 'hit'],
      [{ 'accept-language': 'en' }, 'Lombardy', 'miss'],
      [{ 'accept-language': 'en' }, 'Lombardy', 'hit'],
      [await bearer('associations'), 'Lombardia', 'miss'],
      [await bearer('associations'), 'Lombardia', 'hit'],
      [await bearer('associations', ['audit:read']), 'Lombardia', 'miss'],
      [await bearer('associations', [], '03'), 'Lombardia', 'miss'],
      [await bearer('funding'), 'Lombardia', 'miss'],
      [await bearer('funding'), 'Lombardia', 'hit'],
    ];
    for (const [headers, name, expected] of asks) {
      const before = await counts(gateway);
      const response = await ask(gateway, query, {}, headers);
      expect(response.body).toEqual({ data: { region: { name: { text: name } } } });
      const after = await counts(gateway);
      expect({ headers, result: after.territories > before.territories ? 'miss' : 'hit' }).toEqual({
        headers,
        result: expected,
      });
    }
  });

  it('never shares a caller-dependent field, and never caches an answer with errors', async () => {
    const writer = await bearer('services', ['services:write']);
    const written = await ask(
      gateway,
      UPDATE,
      { id: 'SRV-00002', v: 1, input: { contactPerson: { name: 'Awa Diop' } } },
      writer,
    );
    expect(written.body.errors).toBeUndefined();
    expect(written.headers.get('cache-control')).toBe('no-store');
    const query = unique(`{ service(id: "SRV-00002") { address contactPerson { name } } }`);

    const known = await bearer('associations');
    for (let i = 0; i < 2; i++) {
      const before = await counts(gateway);
      const response = await ask(gateway, query, {}, known);
      expect(response.body).toEqual({
        data: { service: { address: expect.any(String), contactPerson: { name: 'Awa Diop' } } },
      });
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect((await counts(gateway)).services).toBe(before.services + 1);
    }
    // Anonymous: the gateway leaves contactPerson out (services answers a cacheable max-age=60), then
    // adds null and UNAUTHENTICATED; with that error the answer is not kept.
    for (let i = 0; i < 2; i++) {
      const before = await counts(gateway);
      const response = await ask(gateway, query);
      expect(response.body.data).toEqual({ service: { address: expect.any(String), contactPerson: null } });
      expect(response.body.errors?.[0]).toMatchObject({
        path: ['service', 'contactPerson'],
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect((await counts(gateway)).services).toBe(before.services + 1);
    }
  });
});

describe('the response cache turned off (GATEWAY_RESPONSE_CACHE=false)', () => {
  it('sends every query to the subgraphs, whose public answers HTTP caches may still keep per language and caller', async () => {
    const gateway = await startGateway({ GATEWAY_RESPONSE_CACHE: 'false' });
    const query = unique(`{ service(id: "SRV-00005") { id name { text } } }`);
    for (let i = 0; i < 3; i++) {
      const before = await counts(gateway);
      const response = await ask(gateway, query);
      expect(response.body.data).toEqual({
        service: { id: 'SRV-00005', name: { text: expect.any(String) } },
      });
      expect(response.headers.get('age')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('max-age=60, public');
      expect(response.headers.get('vary')).toMatch(/Accept-Language, Authorization/);
      const after = await counts(gateway);
      expect(after.services).toBe(before.services + 1);
      expect(after.sql).toBeGreaterThan(before.sql);
    }
    expect(await counts(gateway)).toMatchObject({ hits: 0, misses: 0 });
  });
});

describe('an unreachable Redis', () => {
  it('lets every query through to the subgraphs instead of failing it', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const gateway = await startGateway({ REDIS_URL: `redis://127.0.0.1:${closed}` });
    const query = unique(`{ service(id: "SRV-00006") { id } }`);
    for (let i = 0; i < 2; i++) {
      const before = await counts(gateway);
      expect((await ask(gateway, query)).body).toEqual({ data: { service: { id: 'SRV-00006' } } });
      expect((await counts(gateway)).services).toBe(before.services + 1);
    }
  });
});

describeWithRedis(`the Redis response cache at ${REDIS_URL}`, () => {
  it('is shared by two gateways: what one kept, the other answers without asking a subgraph', async () => {
    const [a, b] = await Promise.all([startGateway({ REDIS_URL }), startGateway({ REDIS_URL })]);
    const query = unique(`($id: ID!) { service(id: $id) { address version } }`);
    const read = async (gateway: TestGateway) => {
      const before = await counts(gateway);
      const response = await ask(gateway, query, { id: 'SRV-00004' });
      expect(response.body.errors).toBeUndefined();
      const after = await counts(gateway);
      return {
        service: response.body.data?.['service'],
        fetched: after.services - before.services,
        sql: after.sql - before.sql,
        age: response.headers.get('age'),
      };
    };
    const first = await read(a);
    expect(first.fetched).toBe(1);
    // Gateway a stores in the background: once a itself hits, the entry is in Redis.
    await expect.poll(async () => (await read(a)).age).not.toBeNull();
    expect(await read(b)).toEqual({
      service: first.service,
      fetched: 0,
      sql: 0,
      age: expect.stringMatching(/^\d+$/),
    });
  });
});
