import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { Writable } from 'node:stream';
import { createClient } from '@redis/client';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../lib/log.js';
import { TEST_REDIS_URL as REDIS_URL, describeWithRedis } from '../../test/redis.js';
import { createStores, type GatewayStores, type GatewayStoresOptions } from './stores.js';

const opened: GatewayStores[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(opened.splice(0).map((stores) => stores.dispose()));
});

function stores(options: Partial<GatewayStoresOptions>): GatewayStores {
  const made = createStores({
    persistedQueries: { kind: 'memory' },
    data: { kind: 'memory', maxMiB: 1, responses: true, entities: true },
    log: silentLogger(),
    // Named afresh: Redis outlives a run, and tests sharing it must not see each other's entries.
    namespaces: { persistedQueries: `integra-test-${randomUUID()}`, data: `integra-test-${randomUUID()}` },
    ...options,
  });
  opened.push(made);
  return made;
}

/** Stops time for keyv, which checks each entry's expiry against `Date.now()`; timers still run. */
function frozenClock(): { advance(ms: number): void } {
  vi.useFakeTimers({ toFake: ['Date'] });
  return { advance: (ms) => vi.setSystemTime(Date.now() + ms) };
}

describe('in process (without REDIS_URL)', () => {
  it('forgets the least recently used persisted query beyond its bound', async () => {
    const { persistedQueries: cache } = stores({ maxPersistedQueries: 2 });
    await cache.set('a', '1');
    await cache.set('b', '2');
    expect(await cache.get('a')).toBe('1'); // now b is the least recently used
    await cache.set('c', '3');
    expect([await cache.get('a'), await cache.get('b'), await cache.get('c')]).toEqual(['1', undefined, '3']);
  });

  it('lets an entry go once its ttl (in seconds) has passed', async () => {
    const clock = frozenClock();
    const { persistedQueries: cache } = stores({});
    await cache.set('brief', 'Umbria', { ttl: 1 });
    clock.advance(900);
    expect(await cache.get('brief')).toBe('Umbria');
    clock.advance(200);
    expect(await cache.get('brief')).toBeUndefined();
  });

  it('has a data store only for the caches turned on, apart from persisted queries, with a generation a write moves on', async () => {
    expect(stores({ data: { kind: 'off' } }).data).toBeUndefined();
    const answersOnly = stores({
      data: { kind: 'memory', maxMiB: 1, responses: true, entities: false },
    }).data;
    expect([answersOnly?.answers !== undefined, answersOnly?.entities !== undefined]).toEqual([true, false]);

    const { persistedQueries, data } = stores({});
    await data?.answers?.set('k', 'answer');
    expect(await persistedQueries.get('k')).toBeUndefined();
    expect(await data?.generation()).toBe('0');
    await data?.bump();
    expect(await data?.generation()).toBe('1');
  });
});

describe('an unreachable Redis', () => {
  it('reads as empty instead of failing requests, and logs it once, not on every miss', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString('utf8')), done()),
    });
    const url = `redis://127.0.0.1:${closed}`;
    const { persistedQueries, data, ready } = stores({
      persistedQueries: { kind: 'redis', url },
      data: { kind: 'redis', url, responses: true, entities: true },
      log: pino({ level: 'warn' }, sink),
      redisConnectTimeoutMs: 200,
    });
    await ready();
    await expect(persistedQueries.set('k', 'v')).resolves.toBeUndefined();
    await expect(persistedQueries.get('k')).resolves.toBeUndefined();
    await expect(data?.answers?.get('k')).resolves.toBeUndefined();
    await expect(data?.generation()).resolves.toBeUndefined();
    await expect(data?.bump()).resolves.toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      msg: expect.stringContaining('gateway store unavailable'),
    });
  });
});

describeWithRedis(`Redis at ${REDIS_URL}`, () => {
  const inRedis = (): Partial<GatewayStoresOptions> => ({
    persistedQueries: { kind: 'redis', url: REDIS_URL },
    data: { kind: 'redis', url: REDIS_URL, responses: true, entities: true },
  });

  it('stores, expires (also in Redis itself) and deletes values', async () => {
    const clock = frozenClock();
    const namespace = `integra-test-${randomUUID()}`;
    const made = stores({ ...inRedis(), namespaces: { persistedQueries: namespace } });
    await made.ready();
    const cache = made.persistedQueries;
    await cache.set('kept', 'Toscana');
    await cache.set('brief', 'Umbria', { ttl: 1 });
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    try {
      // Redis drops the entry by itself after the ttl, in milliseconds.
      const left = await redis.pTTL(`${namespace}::brief`);
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(1000);
    } finally {
      await redis.close();
    }
    clock.advance(900);
    expect(await cache.get('brief')).toBe('Umbria');
    clock.advance(200);
    expect(await cache.get('brief')).toBeUndefined();
    expect(await cache.get('kept')).toBe('Toscana');
    await cache.delete('kept');
    expect(await cache.get('kept')).toBeUndefined();
  });

  it('serves persisted queries and the data caches over one connection', async () => {
    const made = stores(inRedis());
    await made.ready();
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    try {
      const names = (await redis.clientList()).map((client) => client.name);
      expect(names.filter((name) => name === `integra-gateway-${process.pid}`)).toHaveLength(1);
    } finally {
      await redis.close();
    }
  });

  it('shares the write generation between replicas', async () => {
    const namespaces = {
      persistedQueries: `integra-test-${randomUUID()}`,
      data: `integra-test-${randomUUID()}`,
    };
    const [a, b] = [stores({ ...inRedis(), namespaces }), stores({ ...inRedis(), namespaces })];
    await Promise.all([a.ready(), b.ready()]);
    const before = await b.data?.generation();
    await a.data?.bump();
    expect(await b.data?.generation()).toBe(String(Number(before) + 1));
  });
});
