import { describe, expect, it } from 'vitest';
import Keyv from 'keyv';
import { lruStore } from './lruStore.js';

describe('the in-process cache store', () => {
  it('forgets the least recently used entries beyond its bound in bytes, and keeps none larger than the bound', async () => {
    const store = lruStore({ maxBytes: 100 });
    await store.set('a', 'x'.repeat(39)); // 40 bytes with its key
    await store.set('b', 'y'.repeat(39));
    expect(await store.get('a')).toBe('x'.repeat(39)); // now b is the least recently used
    await store.set('c', 'z'.repeat(39));
    expect(store.keys().sort()).toEqual(['a', 'c']);
    expect(store.bytes).toBe(80);
    await store.set('a', 'é'.repeat(10)); // replaced: 1 + 20 bytes (é is two bytes in UTF-8)
    expect(store.bytes).toBe(61);
    expect(await store.set('huge', 'h'.repeat(200))).toBe(false); // nothing evicted for it
    expect(store.keys().sort()).toEqual(['a', 'c']);
    expect(store.bytes).toBe(61);
  });

  it('forgets the least recently used entries beyond its bound in entries', async () => {
    const store = lruStore({ maxEntries: 2 });
    await store.set('Torino', 1);
    await store.set('Milano', 2);
    await store.get('Torino');
    await store.set('Genova', 3);
    expect(store.keys().sort()).toEqual(['Genova', 'Torino']);
  });

  it('serves keyv: values round-trip, and an entry is gone once its ttl has passed', async () => {
    let now = 1_000;
    const store = lruStore({ maxBytes: 10_000, now: () => now });
    const keyv = new Keyv<string>({ store, namespace: 'test' });
    await keyv.set('kept', 'Toscana');
    await keyv.set('brief', 'Umbria', 30);
    expect(await keyv.get('kept')).toBe('Toscana');
    expect(await keyv.get('brief')).toBe('Umbria');
    now += 29;
    expect(store.keys().sort()).toEqual(['test:brief', 'test:kept']);
    now += 2;
    // The store itself lets the entry go (keyv, asked first, would delete it on its own reading).
    expect(store.keys()).toEqual(['test:kept']);
    expect(await keyv.get('brief')).toBeUndefined();
  });
});
