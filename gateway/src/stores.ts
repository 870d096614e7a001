/**
 * The gateway's stores, and the Redis connection behind them:
 *
 * - the persisted-query store: Apollo Server's cache, where automatic persisted queries (APQ) are
 *   registered (namespace `integra-gateway`, entries bounded by count in process);
 * - the data store: the response cache's answers, the entity cache's entities and the write
 *   generation that invalidates both (namespace `integra-gateway-responses`, bounded by
 *   `GATEWAY_RESPONSE_CACHE_MAX_MIB` in process);
 * - with Redis, its client for the rate limits' counts (`rateLimits.ts`).
 *
 * Each lives in process, or in Redis (`REDIS_URL`) so that every replica shares it; in Redis both
 * use one client. A store failure never fails a request: it reads as a miss (a persisted query not
 * found, a query sent to the subgraphs) and is logged at most every 30 s, so an outage does not
 * flood the log. Only `createGateway` makes the stores; the plugins receive them.
 */
import { setTimeout as delay } from 'node:timers/promises';
import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { createClient } from '@redis/client';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import type { Logger } from '../../lib/log.js';
import type { CacheConfig, ResponseCacheConfig } from './config.js';
import { lruStore } from './lruStore.js';
import type { ServerCache } from './plugin.js';
import { keyvEntityStore, type EntityStore } from './plugins/entityCache.js';

/** Where the data caches keep what they keep; a cache turned off has no field here. */
export interface DataStore {
  /** Whole answers, as Apollo's response cache reads and writes them (`GATEWAY_RESPONSE_CACHE`). */
  readonly answers?: ServerCache;
  /** Entities by representation (`GATEWAY_ENTITY_CACHE`). */
  readonly entities?: EntityStore;
  /** The current write generation; `undefined` when it cannot be read (the request then bypasses the caches). */
  generation(): Promise<string | undefined>;
  /** Moves every later request to a new generation: nothing kept before is served again. */
  bump(): Promise<void>;
}

export interface GatewayStores {
  /** Apollo Server's cache, where automatic persisted queries are registered. */
  readonly persistedQueries: ServerCache;
  /** The data caches' store; `undefined` when both caches are off. */
  readonly data: DataStore | undefined;
  /** The Redis client of the persisted-query store's Redis (`REDIS_URL`), for state every replica shares (rate limits); `undefined` in process. */
  readonly sharedRedis: RedisConnection['client'] | undefined;
  /** Resolves once Redis answers, or after `redisConnectTimeoutMs`; at once in process. */
  ready(): Promise<void>;
  /** Closes the Redis connection. Safe to call twice. */
  dispose(): Promise<void>;
}

export interface GatewayStoresOptions {
  /** `config.cache`: where persisted queries are registered. */
  readonly persistedQueries: CacheConfig;
  /** `config.responseCache`: where the data caches keep answers and entities, and which are on. */
  readonly data: ResponseCacheConfig;
  readonly log: Logger;
  /** Key prefixes, so several applications (or test runs) can share one Redis. @default { persistedQueries: 'integra-gateway', data: 'integra-gateway-responses' } */
  readonly namespaces?: { readonly persistedQueries?: string; readonly data?: string };
  /** Most persisted queries kept in process before the least recently used is evicted. @default 10000 */
  readonly maxPersistedQueries?: number;
  /** How long start-up waits for Redis, and one connection attempt may take. @default 1000 */
  readonly redisConnectTimeoutMs?: number;
}

// keyv ships ESM and CJS type declarations; KeyvAdapter (CJS) names the CJS one. Same class at runtime.
type AdapterKeyv = NonNullable<ConstructorParameters<typeof KeyvAdapter<string>>[0]>;

/** Errors are logged at most once per `intervalMs`, so a Redis outage does not flood the log. */
function throttledWarning(log: Logger, intervalMs = 30_000): (error: unknown) => void {
  let last = 0;
  return (error) => {
    const now = Date.now();
    if (now - last < intervalMs) return;
    last = now;
    log.warn(
      { err: error },
      'gateway store unavailable; it reads as empty: persisted queries are not found, queries go to the subgraphs',
    );
  };
}

/** A client connecting at once, and the promise that it did (or failed to, which is logged). */
function openRedis(url: string, timeoutMs: number, warn: (error: unknown) => void) {
  const client = createClient({
    url,
    // Named after the process, so `CLIENT LIST` tells each gateway process's connection apart.
    name: `integra-gateway-${process.pid}`,
    // Fail fast while disconnected instead of queueing commands; reconnect in the background.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: timeoutMs,
      reconnectStrategy: (attempt: number) => Math.min(100 * 2 ** attempt, 5000),
    },
  });
  client.on('error', warn);
  // Connected here, not lazily by keyv: keyv destroys a client whose first connection failed.
  const connected = client.connect().then(
    () => undefined,
    (error: unknown) => warn(error),
  );
  return { client, connected };
}

type RedisConnection = ReturnType<typeof openRedis>;

/** A keyv on the shared client; keys are `<namespace>::<key>`. */
function redisKeyv(client: RedisConnection['client'], namespace: string): Keyv<string> {
  const store = new KeyvRedis<string>(client, {
    namespace,
    throwOnConnectError: false,
    throwOnErrors: false,
  });
  return new Keyv<string>({ store, namespace, useKeyPrefix: false });
}

/** Apollo's cache contract over a keyv: a failure is logged (throttled) and reads as a miss. */
function guardedCache(keyv: Keyv<string>, warn: (error: unknown) => void): ServerCache {
  keyv.on('error', warn);
  const adapter = new KeyvAdapter<string>(keyv as unknown as AdapterKeyv);
  return {
    get: (key) => adapter.get(key).catch((error: unknown) => (warn(error), undefined)),
    set: (key, value, setOptions) => adapter.set(key, value, setOptions).catch(warn),
    delete: (key) => adapter.delete(key).catch((error: unknown) => (warn(error), false)),
  };
}

/** Makes the stores the configuration asks for; in Redis, one client per URL serves them all. */
export function createStores(options: GatewayStoresOptions): GatewayStores {
  const warn = throttledWarning(options.log);
  const timeoutMs = options.redisConnectTimeoutMs ?? 1000;
  const connections = new Map<string, RedisConnection>();
  const redis = (url: string): RedisConnection => {
    const existing = connections.get(url);
    if (existing) return existing;
    const opened = openRedis(url, timeoutMs, warn);
    connections.set(url, opened);
    return opened;
  };

  const apqNamespace = options.namespaces?.persistedQueries ?? 'integra-gateway';
  const apq = options.persistedQueries;
  const persistedQueries = guardedCache(
    apq.kind === 'redis'
      ? redisKeyv(redis(apq.url).client, apqNamespace)
      : new Keyv<string>({
          store: lruStore({ maxEntries: options.maxPersistedQueries ?? 10_000 }),
          namespace: apqNamespace,
        }),
    warn,
  );

  const config = options.data;
  let data: DataStore | undefined;
  if (config.kind !== 'off') {
    const namespace = options.namespaces?.data ?? 'integra-gateway-responses';
    let generation: Pick<DataStore, 'generation' | 'bump'>;
    let keyv: Keyv<string>;
    if (config.kind === 'redis') {
      const { client } = redis(config.url);
      const generationKey = `${namespace}::generation`;
      keyv = redisKeyv(client, namespace);
      generation = {
        generation: () =>
          client.get(generationKey).then(
            (value) => value ?? '0',
            (error: unknown) => (warn(error), undefined),
          ),
        bump: () => client.incr(generationKey).then(() => undefined, warn),
      };
    } else {
      let current = 0;
      keyv = new Keyv<string>({ store: lruStore({ maxBytes: config.maxMiB * 2 ** 20 }), namespace });
      generation = { generation: async () => String(current), bump: async () => void current++ };
    }
    const answers = guardedCache(keyv, warn);
    data = {
      ...generation,
      ...(config.responses ? { answers } : {}),
      ...(config.entities ? { entities: keyvEntityStore(keyv, generation.generation) } : {}),
    };
  }

  let disposed = false;
  return {
    persistedQueries,
    data,
    sharedRedis: apq.kind === 'redis' ? redis(apq.url).client : undefined,
    ready: async () => {
      const connected = Promise.all([...connections.values()].map((c) => c.connected)).then(() => undefined);
      await Promise.race([connected, delay(timeoutMs, undefined, { ref: false })]);
    },
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await Promise.all(
        [...connections.values()].map(async ({ client }) => {
          if (client.isReady) await client.close().catch(() => client.destroy());
          else if (client.isOpen) client.destroy();
        }),
      );
    },
  };
}
