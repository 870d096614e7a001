/**
 * The one way the gateway talks to a subgraph (`dataSource.ts`): the plugins' hooks around every
 * fetch (`hooks.ts`), the fetches of one plan level sent together (`together.ts`), and what a
 * subgraph's `Cache-Control` does to the client request's cache policy (`cacheControl.ts`).
 */
export { SubgraphDataSource, type SubgraphDataSourceOptions } from './dataSource.js';
export type {
  SubgraphErrorEvent,
  SubgraphFetchEvent,
  SubgraphHooks,
  SubgraphRequestEvent,
  SubgraphRequestHeaders,
  SubgraphResponseEvent,
} from './hooks.js';
export { parseCacheControl, restrictCachePolicy, type CacheHint } from './cacheControl.js';
