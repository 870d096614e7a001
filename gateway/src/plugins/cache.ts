/**
 * Apollo Server's cache, which automatic persisted queries (APQ) use: keyv behind Apollo's
 * KeyvAdapter, in a bounded in-process map by default, or in Redis (`REDIS_URL`) so that every
 * gateway replica shares the registered queries. A cache failure never fails a request: it is
 * logged and behaves as a miss.
 */
import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import type { CacheConfig } from '../config.js';
import { lruStore } from '../lruStore.js';
import type { Logger } from '../../../lib/log.js';
import type { GatewayPlugin, ServerCache } from '../plugin.js';

export interface CachePluginOptions {
  readonly store: CacheConfig;
  readonly log: Logger;
  /** Prefix of every key, so several applications can share one Redis. @default 'integra-gateway' */
  readonly namespace?: string;
  /** Most entries kept in memory before the least recently used is evicted. @default 10000 */
  readonly maxMemoryEntries?: number;
  /** How long an operation waits for Redis to (re)connect before giving up as a miss. @default 1000 */
  readonly redisConnectTimeoutMs?: number;
}

export interface CachePlugin extends GatewayPlugin {
  readonly cache: ServerCache;
}

// keyv ships ESM and CJS type declarations; KeyvAdapter (CJS) names the CJS one. Same class at runtime.
type AdapterKeyv = NonNullable<ConstructorParameters<typeof KeyvAdapter<string>>[0]>;

function createKeyv(options: CachePluginOptions, namespace: string): Keyv<string> {
  if (options.store.kind === 'memory') {
    return new Keyv<string>({ store: lruStore({ maxEntries: options.maxMemoryEntries ?? 10_000 }), namespace });
  }
  const timeoutMs = options.redisConnectTimeoutMs ?? 1000;
  const store = new KeyvRedis<string>(
    {
      url: options.store.url,
      // Fail fast while disconnected instead of queueing commands; reconnect in the background.
      disableOfflineQueue: true,
      socket: { connectTimeout: timeoutMs, reconnectStrategy: (attempt: number) => Math.min(100 * 2 ** attempt, 5000) },
    },
    { namespace, throwOnConnectError: false, throwOnErrors: false, connectionTimeout: timeoutMs },
  );
  return new Keyv<string>({ store, namespace, useKeyPrefix: false });
}

/** Errors are logged at most once per `intervalMs`, so a Redis outage does not flood the log. */
function throttledWarning(log: Logger, intervalMs = 30_000): (error: unknown) => void {
  let last = 0;
  return (error) => {
    const now = Date.now();
    if (now - last < intervalMs) return;
    last = now;
    log.warn({ err: error }, 'gateway cache unavailable; persisted queries are treated as not found');
  };
}

/** Provides Apollo Server's cache (memory or Redis); `dispose()` closes the Redis connection. */
export function cachePlugin(options: CachePluginOptions): CachePlugin {
  const keyv = createKeyv(options, options.namespace ?? 'integra-gateway');
  const warn = throttledWarning(options.log);
  keyv.on('error', warn);
  const adapter = new KeyvAdapter<string>(keyv as unknown as AdapterKeyv);
  const cache: ServerCache = {
    get: (key) => adapter.get(key).catch((error: unknown) => (warn(error), undefined)),
    set: (key, value, setOptions) => adapter.set(key, value, setOptions).catch(warn),
    delete: (key) => adapter.delete(key).catch((error: unknown) => (warn(error), false)),
  };
  let disposed = false;
  return {
    name: 'cache',
    cache,
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await keyv.disconnect();
    },
  };
}
