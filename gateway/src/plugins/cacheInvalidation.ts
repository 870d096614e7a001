/**
 * Invalidation of the data caches (the response cache and the entity cache), graph-wide: a request
 * in which a subgraph reports a mutation field done (it ran there and answered non-null without an
 * error, `subgraphWrites.ts`) moves the data store to a new write generation once it has run, and
 * both caches key everything by the generation, so nothing kept before it is served again.
 *
 * A mutation that changed nothing (only `__typename`, removed by authorization, refused by its
 * subgraph, its subgraph down) leaves every cache as it was: nobody can flush every replica's
 * caches at will. A write changes answers far from the record it names (a new service changes its
 * municipality's, province's and region's lists and counts, an association's services, pilot
 * actions' related services), and the gateway cannot tell which cached answers include what a
 * write touched; writes are rare next to reads, so forgetting everything is always correct and
 * cheap enough. In Redis the generation is shared (INCR on write, read on every query), so every
 * replica stops serving the old answers at once. A write made around the gateway is only seen once
 * the entries expire (at most their maxAge).
 */
import { Counter, type Registry } from 'prom-client';
import type { GatewayContext } from '../context.js';
import type { GatewayPlugin } from '../plugin.js';
import type { DataStore } from '../stores.js';
import { succeededWrites } from '../subgraphWrites.js';

export interface CacheInvalidationPluginOptions {
  /** The data store; nothing to invalidate when both data caches are off. */
  readonly store: DataStore | undefined;
  /** Where invalidations are counted (the metrics plugin's registry). @default none */
  readonly registry?: Registry;
}

export function cacheInvalidationPlugin(options: CacheInvalidationPluginOptions): GatewayPlugin {
  const store = options.store;
  if (!store) return { name: 'cacheInvalidation' };
  const invalidations = options.registry
    ? new Counter({
        name: 'integra_gateway_response_cache_invalidations_total',
        help: 'Requests whose mutation changed data in a subgraph, each of which invalidated every cached answer',
        registers: [options.registry],
      })
    : undefined;
  // Requests in which a subgraph reported a write done: they invalidate once answered.
  const wrote = new WeakSet<GatewayContext>();
  return {
    name: 'cacheInvalidation',
    subgraph: {
      onResponse: ({ query, response, context }) => {
        if (succeededWrites(query, response).length > 0) wrote.add(context);
      },
    },
    apollo: {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue }) {
            if (!wrote.has(contextValue)) return;
            // After the mutation ran, before its answer leaves: the writer's next read is fresh.
            await store.bump();
            invalidations?.inc();
          },
        };
      },
    },
  };
}
