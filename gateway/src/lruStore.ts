/**
 * keyv's in-process store for the gateway's caches: a least-recently-used map (`lru-cache`) bounded
 * by entries or by size. keyv keeps each entry's expiry itself and passes its ttl as a bare number,
 * which `lru-cache` would take for its options object; this adapter hands it over as `{ ttl }`, so
 * expired entries also leave the map instead of waiting to be evicted.
 */
import { LRUCache } from 'lru-cache';

type Bound = { readonly maxEntries: number } | { readonly maxBytes: number };

interface ClockOption {
  /** Milliseconds on a monotonic clock, read for every ttl check (so a test can move time). @default performance.now */
  readonly now?: () => number;
}

/** What keyv calls on a store, and what the tests read. */
export interface LruStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttl?: number): Promise<boolean>;
  delete(key: string): Promise<boolean>;
  clear(): Promise<void>;
  /** Bytes the entries take now (keys included), when bounded by size. */
  readonly bytes: number;
  keys(): string[];
}

/** UTF-8 bytes of a key and its stored value (keyv stores strings, or objects when not serializing). */
function sizeOf(key: string, value: unknown): number {
  return (
    Buffer.byteLength(key) +
    Buffer.byteLength(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''))
  );
}

export function lruStore(options: Bound & ClockOption): LruStore {
  const { now = () => performance.now() } = options;
  // ttlResolution 0: the clock is read on every check rather than cached for a millisecond.
  const clock = { perf: { now }, ttlResolution: 0 };
  const cache = new LRUCache<string, NonNullable<unknown>>(
    'maxEntries' in options
      ? { ...clock, max: options.maxEntries }
      : // An entry larger than the whole bound is not kept, rather than emptying the map for it.
        { ...clock, maxSize: options.maxBytes, sizeCalculation: (value, key) => sizeOf(key, value) },
  );
  return {
    get: async (key: string) => cache.get(key),
    set: async (key: string, value: unknown, ttl?: number) => {
      if (value === undefined || value === null) return false;
      cache.set(key, value, ttl ? { ttl } : {});
      return cache.has(key);
    },
    delete: async (key: string) => cache.delete(key),
    clear: async () => cache.clear(),
    get bytes() {
      return cache.calculatedSize;
    },
    keys: () => [...cache.keys()],
  };
}
