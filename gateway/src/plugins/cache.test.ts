import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-tag';
import { silentLogger } from '../../../lib/log.js';
import { composeSupergraph, regionSubgraph, startSubgraph, startTestGateway, type TestGateway, type TestSubgraph } from '../testing/harness.js';
import { cachePlugin } from './cache.js';
import { TEST_REDIS_URL as REDIS_URL, describeWithRedis } from '../../../test/redis.js';

const territories = regionSubgraph('Toscana');

/** A query no other run has registered, so tests sharing a Redis never see each other's entries. */
function uniqueQuery(): { query: string; sha256Hash: string } {
  const query = `query Apq_${randomUUID().replace(/-/g, '')} { region(code: "09") { name } }`;
  return { query, sha256Hash: createHash('sha256').update(query).digest('hex') };
}

const persisted = (sha256Hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } });

/** Hash only → PERSISTED_QUERY_NOT_FOUND; hash and query → registered; hash only → answered. */
async function apqRoundTrip(register: TestGateway, reuse: TestGateway = register): Promise<string> {
  const { query, sha256Hash } = uniqueQuery();
  const unknown = await register.post(persisted(sha256Hash));
  expect(unknown.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
  const registered = await register.post({ query, ...persisted(sha256Hash) });
  expect(registered.body).toEqual({ data: { region: { name: 'Toscana' } } });
  const byHash = await reuse.post(persisted(sha256Hash));
  expect(byHash.body).toEqual({ data: { region: { name: 'Toscana' } } });
  return sha256Hash;
}

let subgraph: TestSubgraph;
let supergraphSdl: string;
beforeAll(async () => {
  subgraph = await startSubgraph(territories);
  supergraphSdl = composeSupergraph([subgraph]);
});
afterAll(() => subgraph?.stop());

describe('the in-memory cache', () => {
  it('serves automatic persisted queries', async () => {
    const gateway = await startTestGateway({ supergraphSdl });
    try {
      await apqRoundTrip(gateway);
    } finally {
      await gateway.dispose();
    }
  });

  it('forgets the least recently used entry beyond its bound', async () => {
    const { cache, dispose } = cachePlugin({ store: { kind: 'memory' }, log: silentLogger(), maxMemoryEntries: 2 });
    await cache.set('a', '1');
    await cache.set('b', '2');
    expect(await cache.get('a')).toBe('1'); // now b is the least recently used
    await cache.set('c', '3');
    expect([await cache.get('a'), await cache.get('b'), await cache.get('c')]).toEqual(['1', undefined, '3']);
    await dispose?.();
  });
});

describe('an unreachable Redis', () => {
  it('behaves as a cache miss instead of failing requests', async () => {
    const { cache, dispose } = cachePlugin({
      store: { kind: 'redis', url: 'redis://127.0.0.1:1' },
      log: silentLogger(),
      redisConnectTimeoutMs: 200,
    });
    try {
      await expect(cache.set('k', 'v')).resolves.toBeUndefined();
      await expect(cache.get('k')).resolves.toBeUndefined();
    } finally {
      await dispose?.();
    }
  });
});

describeWithRedis(`the Redis cache at ${REDIS_URL}`, () => {
  it('stores, expires and deletes values', async () => {
    const { cache, dispose } = cachePlugin({ store: { kind: 'redis', url: REDIS_URL }, log: silentLogger(), namespace: `integra-test-${randomUUID()}` });
    try {
      await cache.set('kept', 'Toscana');
      await cache.set('brief', 'Umbria', { ttl: 1 });
      expect(await cache.get('kept')).toBe('Toscana');
      expect(await cache.get('brief')).toBe('Umbria');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await cache.get('brief')).toBeUndefined();
      await cache.delete('kept');
      expect(await cache.get('kept')).toBeUndefined();
    } finally {
      await dispose?.();
    }
  });

  it('shares persisted queries between gateways', async () => {
    const first = await startTestGateway({ supergraphSdl, env: { REDIS_URL } });
    const second = await startTestGateway({ supergraphSdl, env: { REDIS_URL } });
    const cleaner = cachePlugin({ store: { kind: 'redis', url: REDIS_URL }, log: silentLogger() });
    try {
      const hash = await apqRoundTrip(first, second);
      // Apollo Server keys persisted queries as `apq:<hash>` in the gateway's namespace.
      expect(await cleaner.cache.get(`apq:${hash}`)).toContain('Apq_');
      await cleaner.cache.delete(`apq:${hash}`);
    } finally {
      await Promise.all([first.dispose(), second.dispose(), cleaner.dispose?.()]);
    }
  });
});
