/**
 * DataLoader helpers shared by the subgraphs: ordering batch results by key, and loaders of
 * paged relations whose batches group parents that ask for the same filter and page.
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
  const byArguments = new Map<string, DataLoader<string, PageOfRows<Row>>>();
  return {
    load(parent, filter, page) {
      const signature = JSON.stringify([filter, page]);
      let loader = byArguments.get(signature);
      if (!loader) {
        loader = new DataLoader<string, PageOfRows<Row>>(async (parents) => {
          const pages = await fetch(parents, filter, page);
          return parents.map((p) => pages.get(p) ?? { rows: [], totalCount: 0 });
        });
        byArguments.set(signature, loader);
      }
      return loader.load(parent);
    },
  };
}
