/**
 * keyv's in-process store for the gateway's caches: a least-recently-used map (`lru-cache`) bounded
 * by entries or by size. keyv keeps each entry's expiry itself and passes its ttl as a bare number,
 * which `lru-cache` would take for its options object; this adapter hands it over as `{ ttl }`, so
 * expired entries also leave the map instead of waiting to be evicted.
 */
import { LRUCache } from 'lru-cache';

type Bound = { readonly maxEntries: number } | { readonly maxBytes: number };

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
  return Buffer.byteLength(key) + Buffer.byteLength(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
}

export function lruStore(bound: Bound): LruStore {
  const cache = new LRUCache<string, {}>(
    'maxEntries' in bound
      ? { max: bound.maxEntries }
      : // An entry larger than the whole bound is not kept, rather than emptying the map for it.
        { maxSize: bound.maxBytes, sizeCalculation: (value, key) => sizeOf(key, value) },
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
