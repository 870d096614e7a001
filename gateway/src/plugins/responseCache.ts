/**
 * The response cache: whole answers to queries, kept as long as the subgraphs' cache hints allow,
 * with Apollo's `@apollo/server-plugin-response-cache`.
 *
 * - What is cached: a query's answer without errors whose overall cache policy is cacheable and
 *   PUBLIC. Each subgraph declares `@cacheControl` hints in its SDL (public reference data: a
 *   maxAge; anything caller-dependent: `maxAge: 0`), its Apollo Server sends them as
 *   `Cache-Control`, and the gateway's data source restricts the request's policy to the lowest
 *   maxAge of the fetches it made (a fetch without the header counts as 0: not cacheable). The
 *   entry lives that many seconds. Mutations, answers with errors and PRIVATE answers never are.
 * - The key: the operation text, its name and variables, the supergraph, who asks (anonymous, or
 *   partner, scopes and region: what authorization reads; not the subject, which no read depends
 *   on), the `Accept-Language` the gateway forwards, and the write generation.
 * - Invalidation is graph-wide: a request in which a subgraph reports a mutation field done (it ran
 *   there and answered non-null without an error, `subgraphWrites.ts`) bumps the generation once
 *   it has run, so no answer cached before it is served again. A mutation that changed nothing
 *   (only `__typename`, removed by authorization, refused by its subgraph, its subgraph down)
 *   leaves every cache as it was: nobody can flush every replica's caches at will. A write
 *   changes answers far from the record it names (a new service changes its municipality's,
 *   province's and region's lists and counts, an association's services, pilot actions' related
 *   services), and the gateway cannot tell which cached answers include what a write touched;
 *   writes are rare next to reads, so forgetting everything is always correct and cheap enough.
 *   A write made around the gateway is only seen once the entries expire (at most their maxAge).
 * - Where: in process, within `maxMiB` (least recently used entries go first), or in Redis, where
 *   the entries and the generation (INCR on write, read on every query) are shared, so every
 *   replica stops serving the old answers at once. When Redis cannot be reached, queries bypass
 *   the cache (the answer is still right) and the failure is logged at most every 30 s.
 *
 * A hit carries Apollo's `age` header; every answer says `Vary: Accept-Language, Authorization`,
 * as the gateway's `Cache-Control` now lets HTTP caches keep public answers too.
 */
import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { createClient } from '@redis/client';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import responseCache from '@apollo/server-plugin-response-cache';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { Counter, type Registry } from 'prom-client';
import type { Logger } from '../../../lib/log.js';
import { lruStore } from '../lruStore.js';
import type { ResponseCacheConfig } from '../config.js';
import type { GatewayContext } from '../context.js';
import type { GatewayPlugin, ServerCache } from '../plugin.js';
import type { SubgraphHooks } from '../subgraphDataSource.js';
import { succeededWrites } from '../subgraphWrites.js';
import { entityCacheFetcher, keyvEntityStore } from './entityCache.js';

export interface ResponseCachePluginOptions {
  /** `config.responseCache`: off, in process, or in Redis. */
  readonly store: ResponseCacheConfig;
  readonly log: Logger;
  /** Where hits, misses and invalidations are counted (the metrics plugin's registry). @default none */
  readonly registry?: Registry;
  /** Prefix of every Redis key, apart from the APQ cache's. @default 'integra-gateway-responses' */
  readonly namespace?: string;
  /** How long start-up waits for Redis, and a connection attempt may take. @default 1000 */
  readonly redisConnectTimeoutMs?: number;
}

/** Where entries and the write generation live. */
interface Store {
  readonly keyv: Keyv<string>;
  /** The current generation; `undefined` when it cannot be read (the request then bypasses the cache). */
  generation(): Promise<string | undefined>;
  /** Moves every later request to a new generation. */
  bump(): Promise<void>;
  /** Resolves once the store can answer, or gave up waiting. */
  ready(): Promise<void>;
  dispose(): Promise<void>;
}

function memoryStore(maxMiB: number, namespace: string): Store {
  let generation = 0;
  return {
    keyv: new Keyv<string>({ store: lruStore({ maxBytes: maxMiB * 2 ** 20 }), namespace }),
    generation: async () => String(generation),
    bump: async () => {
      generation++;
    },
    ready: async () => undefined,
    dispose: async () => undefined,
  };
}

function redisStore(url: string, namespace: string, timeoutMs: number, warn: (error: unknown) => void): Store {
  const client = createClient({
    url,
    // Fail fast while disconnected instead of queueing commands; reconnect in the background.
    disableOfflineQueue: true,
    socket: { connectTimeout: timeoutMs, reconnectStrategy: (attempt: number) => Math.min(100 * 2 ** attempt, 5000) },
  });
  client.on('error', warn);
  const connected = client.connect().then(
    () => undefined,
    (error: unknown) => warn(error),
  );
  const store = new KeyvRedis<string>(client as unknown as ConstructorParameters<typeof KeyvRedis>[0], {
    namespace,
    throwOnConnectError: false,
    throwOnErrors: false,
  });
  const generationKey = `${namespace}::generation`;
  return {
    keyv: new Keyv<string>({ store, namespace, useKeyPrefix: false }),
    generation: () => client.get(generationKey).then((value) => value ?? '0', (error: unknown) => (warn(error), undefined)),
    bump: () => client.incr(generationKey).then(() => undefined, warn),
    ready: () => Promise.race([connected, delay(timeoutMs, undefined, { ref: false })]),
    dispose: async () => {
      if (client.isReady) await client.close().catch(() => client.destroy());
      else if (client.isOpen) client.destroy();
    },
  };
}

/** Errors are logged at most once per `intervalMs`, so a Redis outage does not flood the log. */
function throttledWarning(log: Logger, intervalMs = 30_000): (error: unknown) => void {
  let last = 0;
  return (error) => {
    const now = Date.now();
    if (now - last < intervalMs) return;
    last = now;
    log.warn({ err: error }, 'response cache unavailable; queries go to the subgraphs');
  };
}

// keyv ships ESM and CJS type declarations; KeyvAdapter (CJS) names the CJS one. Same class at runtime.
type AdapterKeyv = NonNullable<ConstructorParameters<typeof KeyvAdapter<string>>[0]>;

/** What of a request decides its answer besides the operation: who asks, in which language. */
function callerKey(context: GatewayContext): object {
  const identity = context.identity;
  return {
    caller: identity ? { partner: identity.partner, scopes: [...identity.scopes].sort(), region: identity.region ?? null } : null,
    language: context.acceptLanguage ?? null,
  };
}

function counters(registry: Registry) {
  return {
    entityLookups: new Counter({
      name: 'integra_gateway_entity_cache_lookups_total',
      help: 'Entity representations looked up in the entity cache, by result (hit or miss)',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    lookups: new Counter({
      name: 'integra_gateway_response_cache_lookups_total',
      help: 'Queries looked up in the response cache, by result (hit or miss)',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    invalidations: new Counter({
      name: 'integra_gateway_response_cache_invalidations_total',
      help: 'Requests whose mutation changed data in a subgraph, each of which invalidated every cached answer',
      registers: [registry],
    }),
  };
}

export function responseCachePlugin(options: ResponseCachePluginOptions): GatewayPlugin {
  const config = options.store;
  if (config.kind === 'off') return { name: 'responseCache' };
  const namespace = options.namespace ?? 'integra-gateway-responses';
  const warn = throttledWarning(options.log);
  const store =
    config.kind === 'memory'
      ? memoryStore(config.maxMiB, namespace)
      : redisStore(config.url, namespace, options.redisConnectTimeoutMs ?? 1000, warn);
  store.keyv.on('error', warn);
  const adapter = new KeyvAdapter<string>(store.keyv as unknown as AdapterKeyv);
  const cache: ServerCache = {
    get: (key) => adapter.get(key).catch((error: unknown) => (warn(error), undefined)),
    set: (key, value, setOptions) => adapter.set(key, value, setOptions).catch(warn),
    delete: (key) => adapter.delete(key).catch((error: unknown) => (warn(error), false)),
  };
  const metrics = options.registry ? counters(options.registry) : undefined;
  const entityStore = keyvEntityStore(store.keyv, () => store.generation());
  // Requests in which a subgraph reported a write done: they invalidate once answered.
  const wrote = new WeakSet<GatewayContext>();
  const subgraph: SubgraphHooks = {
    onResponse: ({ query, response, context }) => {
      if (succeededWrites(query, response).length > 0) wrote.add(context);
    },
    ...(config.entities
      ? {
          wrapFetch: (next) =>
            entityCacheFetcher(next, entityStore, {
              onLookup: (hits, misses) => {
                if (hits > 0) metrics?.entityLookups.inc({ result: 'hit' }, hits);
                if (misses > 0) metrics?.entityLookups.inc({ result: 'miss' }, misses);
              },
            }),
        }
      : {}),
  };
  let supergraph = '';
  // Requests whose generation could not be read or whose key could not be made: no cache for them.
  const bypassed = new WeakSet<GraphQLRequest>();

  const official = responseCache<GatewayContext>({
    cache,
    generateCacheKey: (requestContext, keyData) => {
      try {
        return createHash('sha256').update(JSON.stringify(keyData)).digest('hex');
      } catch {
        // Variables nested too deep to serialise (the stack runs out): neither read nor write.
        bypassed.add(requestContext.request);
        return `unkeyable:${randomUUID()}`;
      }
    },
    extraCacheKeyData: async ({ request, contextValue }) => {
      const generation = await store.generation();
      if (generation === undefined) bypassed.add(request);
      return { generation, supergraph, ...callerKey(contextValue) };
    },
    shouldReadFromCache: async ({ request }) => !bypassed.has(request),
    // PRIVATE answers belong to one caller: not kept (and no warning about a missing session id).
    shouldWriteToCache: async ({ request, overallCachePolicy }) =>
      !bypassed.has(request) && overallCachePolicy.policyIfCacheable()?.scope !== 'PRIVATE',
  });

  const apollo: ApolloServerPlugin<GatewayContext> = {
    async serverWillStart() {
      await store.ready();
      return {
        schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
          // A new supergraph (a partner published) starts from an empty cache.
          supergraph = coreSupergraphSdl ? createHash('sha256').update(coreSupergraphSdl).digest('hex') : '';
        },
      };
    },
    async requestDidStart(requestContext) {
      // Entities only: no answer is looked up or kept, but writes still invalidate.
      const inner = config.responses ? await official.requestDidStart?.(requestContext) : undefined;
      let lookedUp = false;
      return {
        async responseForOperation(context) {
          const response = (await inner?.responseForOperation?.(context)) ?? null;
          lookedUp = inner !== undefined && context.operation?.operation === 'query' && !bypassed.has(context.request);
          return response;
        },
        async willSendResponse(context) {
          const vary = context.response.http.headers.get('vary');
          context.response.http.headers.set('vary', `${vary ? `${vary}, ` : ''}Accept-Language, Authorization`);
          await inner?.willSendResponse?.(context);
          if (wrote.has(context.contextValue)) {
            // After the mutation ran, before its answer leaves: the writer's next read is fresh.
            await store.bump();
            metrics?.invalidations.inc();
          } else if (lookedUp) {
            metrics?.lookups.inc({ result: context.metrics.responseCacheHit ? 'hit' : 'miss' });
          }
        },
      };
    },
  };

  return { name: 'responseCache', apollo, subgraph, dispose: () => store.dispose() };
}
