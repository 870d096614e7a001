/**
 * DataLoader helpers shared by the subgraphs: ordering batch results by key, loaders whose batches
 * group the parents that ask with the same arguments, and loaders of paged relations.
 */
import DataLoader from 'dataloader';
import type { Page } from './pagination.js';
import type { PageOfRows } from './db/paging.js';

/** Orders `rows` as `keys`, with null where a key has no row (what a DataLoader batch returns). */
export function byKey<K, Row>(
  keys: readonly K[],
  rows: readonly Row[],
  keyOf: (row: Row) => K,
): (Row | null)[] {
  const map = new Map<K, Row>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups rows by a key, keeping every key of `keys` (empty lists for keys without rows). */
export function groupByKey<K, Row>(
  keys: readonly K[],
  rows: readonly Row[],
  keyOf: (row: Row) => K,
): Row[][] {
  const map = new Map<K, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}

export interface ArgsLoader<Args, Value> {
  /** `key`'s value for `args`; batched with every other call of the tick with equal `args`. */
  load(key: string, args: Args): Promise<Value>;
}

/**
 * A DataLoader per distinct set of arguments: a field of many parents asked with the same
 * arguments (every region's `residents(year: 2024)`) becomes one call of `fetch` with all their
 * keys, so one statement whatever the number of parents; other arguments get their own batch.
 * `fetch` answers one value per key, in the order of `keys`. Arguments are told apart by their JSON.
 */
export function argsLoader<Args, Value>(
  fetch: (keys: readonly string[], args: Args) => Promise<readonly Value[]>,
): ArgsLoader<Args, Value> {
  const byArgs = new Map<string, DataLoader<string, Value>>();
  return {
    load(key, args) {
      const signature = JSON.stringify(args) ?? '';
      let loader = byArgs.get(signature);
      if (!loader) {
        loader = new DataLoader<string, Value>((keys) => fetch(keys, args));
        byArgs.set(signature, loader);
      }
      return loader.load(key);
    },
  };
}

export interface PagedLoader<Row, Filter> {
  /** The page of `parent`'s children matching `filter`; batched with every other call of the tick. */
  load(parent: string, filter: Filter, page: Page): Promise<PageOfRows<Row>>;
}

/**
 * A loader of paged relations. Calls in the same tick with the same filter and page become one
 * call of `fetch` with all their parents: one statement, however many parents.
 */
export function pagedLoader<Row, Filter>(
  fetch: (parents: readonly string[], filter: Filter, page: Page) => Promise<Map<string, PageOfRows<Row>>>,
): PagedLoader<Row, Filter> {
  const loader = argsLoader<readonly [Filter, Page], PageOfRows<Row>>(async (parents, [filter, page]) => {
    const pages = await fetch(parents, filter, page);
    return parents.map((p) => pages.get(p) ?? { rows: [], totalCount: 0 });
  });
  return { load: (parent, filter, page) => loader.load(parent, [filter, page]) };
}
