/**
 * The response cache: whole answers to queries, kept as long as the subgraphs' cache hints allow,
 * with Apollo's `@apollo/server-plugin-response-cache`, in the data store (`stores.ts`: in process
 * within `GATEWAY_RESPONSE_CACHE_MAX_MIB`, or in Redis, shared by every replica).
 *
 * - What is cached: a query's answer without errors whose overall cache policy is cacheable and
 *   PUBLIC. Each subgraph declares `@cacheControl` hints in its SDL (public reference data: a
 *   maxAge; anything caller-dependent: `maxAge: 0`), its Apollo Server sends them as
 *   `Cache-Control`, and the gateway's data source restricts the request's policy to the lowest
 *   maxAge of the fetches it made (a fetch without the header counts as 0: not cacheable). The
 *   entry lives that many seconds. Mutations, answers with errors and PRIVATE answers never are.
 * - The key: the operation text, its name and variables, the supergraph, who asks (anonymous, or
 *   partner, scopes and region: what authorization reads; not the subject, which no read depends
 *   on), the `Accept-Language` the gateway forwards, and the write generation, which a write done
 *   in a subgraph moves on (`cacheInvalidation.ts`).
 * - When the store cannot be read (Redis unreachable), queries bypass the cache: the answer is
 *   still right.
 *
 * A hit carries Apollo's `age` header. Every answer says `Vary: Accept-Language, Authorization`,
 * with or without this cache: the gateway's `Cache-Control` lets HTTP caches keep public answers.
 */
import { createHash, randomUUID } from 'node:crypto';
import responseCache from '@apollo/server-plugin-response-cache';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { GatewayContext } from '../context.js';
import type { GatewayPlugin } from '../plugin.js';
import type { DataStore } from '../stores.js';

export interface ResponseCachePluginOptions {
  /** The data store; the response cache is on when it has `answers` (`GATEWAY_RESPONSE_CACHE`). */
  readonly store: DataStore | undefined;
  /** Where hits and misses are counted (the metrics plugin's registry). @default none */
  readonly registry?: Registry;
}

/** What of a request decides its answer besides the operation: who asks, in which language. */
function callerKey(context: GatewayContext): object {
  const identity = context.identity;
  return {
    caller: identity
      ? { partner: identity.partner, scopes: [...identity.scopes].sort(), region: identity.region ?? null }
      : null,
    language: context.acceptLanguage ?? null,
  };
}

/** `Vary` on every answer: what besides the URL an HTTP cache must match before reusing a public one. */
const vary: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const current = response.http.headers.get('vary');
        response.http.headers.set('vary', `${current ? `${current}, ` : ''}Accept-Language, Authorization`);
      },
    };
  },
};

export function responseCachePlugin(options: ResponseCachePluginOptions): GatewayPlugin {
  const data = options.store;
  const answers = data?.answers;
  if (!data || !answers) return { name: 'responseCache', apollo: vary };
  const lookups = options.registry
    ? new Counter({
        name: 'integra_gateway_response_cache_lookups_total',
        help: 'Queries looked up in the response cache, by result (hit or miss)',
        labelNames: ['result'] as const,
        registers: [options.registry],
      })
    : undefined;
  let supergraph = '';
  // Requests whose generation could not be read or whose key could not be made: no cache for them.
  const bypassed = new WeakSet<GraphQLRequest>();

  const official = responseCache<GatewayContext>({
    cache: answers,
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
      const generation = await data.generation();
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
      return {
        schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
          // A new supergraph (a partner published) starts from an empty cache.
          supergraph = coreSupergraphSdl ? createHash('sha256').update(coreSupergraphSdl).digest('hex') : '';
        },
      };
    },
    async requestDidStart(requestContext) {
      const inner = await official.requestDidStart?.(requestContext);
      const listeners = await vary.requestDidStart?.(requestContext);
      let lookedUp = false;
      return {
        async responseForOperation(context) {
          const response = (await inner?.responseForOperation?.(context)) ?? null;
          lookedUp =
            context.operation?.operation === OperationTypeNode.QUERY && !bypassed.has(context.request);
          return response;
        },
        async willSendResponse(context) {
          await listeners?.willSendResponse?.(context);
          await inner?.willSendResponse?.(context);
          if (lookedUp) lookups?.inc({ result: context.metrics.responseCacheHit ? 'hit' : 'miss' });
        },
      };
    },
  };

  return { name: 'responseCache', apollo };
}
