/**
 * Assembles the gateway: the configured supergraph planned by Apollo's planner and run by the
 * gateway's own executor (`execution/`), served by Apollo Server on express, with the features
 * below in this order. Builds without listening, so tests can import it; features live in
 * `plugins/`, not here.
 */
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { Fetcher } from '@apollo/utils.fetcher';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import type { Logger } from '../../lib/log.js';
import { jsonErrorHandler } from '../../lib/httpErrors.js';
import { createHttpHost } from '../../lib/http/server.js';
import { persistedDocumentsPath, type GatewayConfig } from './config.js';
import { createRequestContext, type GatewayContext } from './context.js';
import { combinePlugins, type GatewayPlugin } from './plugin.js';
import { batchingPlugin } from './plugins/batching.js';
import { cacheInvalidationPlugin } from './plugins/cacheInvalidation.js';
import { compressionPlugin } from './plugins/compression.js';
import { corsPlugin } from './plugins/cors.js';
import { csrfPlugin } from './plugins/csrf.js';
import { demandControlPlugin, registeredOperationNames } from './plugins/demandControl.js';
import { dedupPlugin } from './plugins/dedup.js';
import { trafficPolicyPlugin } from './plugins/trafficPolicy.js';
import { rateLimitPlugin } from './plugins/rateLimit.js';
import { accessLogPlugin } from './plugins/accessLog.js';
import { tracingPlugin } from './plugins/tracing.js';
import { createRateLimits } from './rateLimits.js';
import { followRecordedTraffic } from './recordedTraffic.js';
import { entityCachePlugin } from './plugins/entityCache.js';
import { errorsPlugin } from './plugins/errors.js';
import { explorerPlugin } from './plugins/explorer.js';
import { healthPlugin } from './plugins/health.js';
import { introspectionPlugin } from './plugins/introspection.js';
import { landingPagePlugin } from './plugins/landingPage.js';
import { metricsPlugin } from './plugins/metrics.js';
import { assertionJwk, authPlugin } from './plugins/auth.js';
import { createAssertionSigner } from '../../lib/auth/assertion.js';
import { authorizationPlugin } from './plugins/authorization/index.js';
import { operationLimitsPlugin } from './plugins/operationLimits.js';
import { operationNamePlugin } from './plugins/operationName.js';
import { operationTypePlugin } from './plugins/operationType.js';
import { persistedQueriesPlugin } from './plugins/persistedQueries.js';
import { requestBodyPlugin } from './plugins/requestBody.js';
import { responseCachePlugin } from './plugins/responseCache.js';
import { schemaDownloadPlugin } from './plugins/schemaDownload.js';
import { suggestionsPlugin } from './plugins/suggestions.js';
import { supergraphVersionPlugin } from './plugins/supergraphVersion.js';
import { trustedDocumentsPlugin, trustedList } from './plugins/trustedDocuments.js';
import { registeredOperations, warmPlansPlugin } from './plugins/warmPlans/index.js';
import { createStores } from './stores.js';
import { SubgraphDataSource } from './subgraphDataSource/index.js';
import { alignLevels } from './planLevels.js';
import { federatedGateway } from './execution/index.js';
import { supergraphProvider } from './supergraph/index.js';
import { parsedSupergraph } from './supergraph/parsed.js';
import { createLifecycle, type Lifecycle } from '../../lib/http/lifecycle.js';
import { prepareSupergraph } from '../../lib/supergraph/load.js';

export interface CreateGatewayOptions {
  readonly config: GatewayConfig;
  readonly log: Logger;
  /** How subgraphs are fetched; see `createSubgraphFetcher` (its lifecycle is the caller's). */
  readonly fetcher: Fetcher;
  /** Adds Node's process metrics to `/metrics`. @default true */
  readonly processMetrics?: boolean;
  /** The process's phase, moved by `serve()`; `/ready` follows it. @default one that is ready once listening */
  readonly lifecycle?: Lifecycle;
}

export interface Gateway {
  readonly app: express.Express;
  /** Starts listening; resolves with the URL of the GraphQL endpoint. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting requests, drains in-flight ones, stops Apollo and disposes every plugin. */
  dispose(): Promise<void>;
}

/** Builds the gateway and loads its supergraph, without listening. Rejects when the supergraph cannot be loaded. */
export async function createGateway({
  config,
  log,
  fetcher,
  processMetrics,
  lifecycle = createLifecycle(),
}: CreateGatewayOptions): Promise<Gateway> {
  // The registry's reads need a credential: the gateway's own assertion, signed with its assertion key.
  const registrySigner = createAssertionSigner({
    privateJwk: assertionJwk(config.assertionKey, config.development),
  });
  const manifestPath =
    config.trustedDocuments.mode === 'allow-listed'
      ? config.trustedDocuments.manifestPath
      : persistedDocumentsPath;
  // The registered operations' names: the only ones metrics keep as labels.
  const operationNames = registeredOperationNames(manifestPath);
  const metrics = metricsPlugin({ defaultMetrics: processMetrics ?? true, operationNames });
  const traffic = trafficPolicyPlugin({ traffic: config.subgraphs.traffic, registry: metrics.registry });
  // With a registry, each partner's recorded traffic policy, followed (the environment's still wins).
  const recordedTraffic =
    config.supergraph.kind === 'registry'
      ? followRecordedTraffic({
          registryUrl: config.supergraph.url,
          pollIntervalMs: config.supergraph.pollIntervalMs,
          assertion: () => registrySigner.signForRegistry(),
          log,
          onChange: (policies) => traffic.record(policies),
        })
      : undefined;
  // Persisted queries and the data caches, in process or on one Redis connection; disposed after the plugins.
  const stores = createStores({ persistedQueries: config.cache, data: config.responseCache, log });
  // What an allow-listed gateway runs: enforced by trustedDocuments, offered as tabs by the explorer.
  const trusted =
    config.trustedDocuments.mode === 'allow-listed'
      ? trustedList({
          ...config.trustedDocuments,
          registryAssertion: () => registrySigner.signForRegistry(),
          log,
        })
      : undefined;
  // Every registered operation planned on each supergraph before it serves: Apollo's plan store is this one.
  const warmPlans = warmPlansPlugin({
    enabled: config.operationCaches.warmPlans,
    operations: registeredOperations(manifestPath, trusted),
    maxMiB: config.operationCaches.queryPlansMiB,
    registry: metrics.registry,
    log,
  });
  // Every supergraph is prepared and loaded as the registry checks it before publishing (lib/supergraph/load.ts).
  const supergraph = supergraphProvider(config.supergraph, {
    prepare: prepareSupergraph,
    // Built and planned before its swap, by the gateway Apollo Server loads (below).
    beforeSwap: (supergraphSdl) => gateway.prepare(supergraphSdl),
    log,
    registryAssertion: () => registrySigner.signForRegistry(),
  });
  const disposeOwned = () =>
    Promise.allSettled([stores.dispose(), trusted?.dispose(), recordedTraffic?.dispose()]);
  const rateLimit = rateLimitPlugin({
    limits: config.rateLimits.enabled
      ? createRateLimits(config.rateLimits, { redis: stores.sharedRedis })
      : undefined,
    trustedProxies: config.rateLimits.trustedProxies,
    registry: metrics.registry,
  });
  const plugins: readonly GatewayPlugin[] = [
    tracingPlugin(), // first /graphql middleware: the request's id (x-request-id) and server span, continuing the caller's traceparent; traceparent to every subgraph fetch
    supergraphVersionPlugin({ served: supergraph.served }), // x-integra-supergraph-version on every answer
    corsPlugin(config.cors), // /graphql and /schema.graphql: allow-listed origins; preflights answered 204 here
    healthPlugin({
      lifecycle,
      served: supergraph.served,
      circuits: traffic.circuits,
      traffic: traffic.policies,
    }), // GET /health (alive) and /ready (503 until the supergraph is loaded, and while draining); which one is served; each subgraph's breaker and own traffic policy
    metrics, // GET /metrics; counts raw subgraph failures
    accessLogPlugin({ log, operationNames }), // one line per /graphql request, refused ones included: id, operation, status, outcome, duration, partner
    compressionPlugin(config.compression), // first /graphql middleware: gzip/br/deflate over minBytes when asked; off by default
    authPlugin({
      auth: config.auth,
      assertionKey: config.assertionKey,
      development: config.development,
      log,
    }), // bearer JWT: 401 when invalid; signed identity assertions upstream
    rateLimit, // requests per caller (token subject, or client address behind GATEWAY_TRUSTED_PROXIES): 429 RATE_LIMITED over the limit, before the body is read
    requestBodyPlugin({ maxBytes: config.request.maxBodyBytes }), // JSON objects only, each member of its type (POST and GET); 413 over the limit
    csrfPlugin(), // refuses simple (non-preflighted) requests
    batchingPlugin({ allow: config.request.allowBatching }), // JSON arrays of operations: refused by default
    authorizationPlugin({ log }), // @authenticated / @requiresScopes: unauthorized fields removed, null with an error
    introspectionPlugin({ enabled: config.introspection }), // on in development
    schemaDownloadPlugin({ enabled: config.schemaDownload }), // GET /schema.graphql with ETag; on with introspection or GATEWAY_SCHEMA_DOWNLOAD
    suggestionsPlugin({ enabled: config.development }), // "Did you mean ...?" in development only
    landingPagePlugin(), // Apollo's page is off: it loads Sandbox from a CDN
    explorerPlugin({
      enabled: config.explorer,
      trustedDocuments: config.trustedDocuments,
      trustedOperations: trusted?.current,
      introspection: config.introspection,
    }), // GraphiQL from the gateway's own files for a browser's GET of /graphql; development or GATEWAY_EXPLORER=true
    trustedDocumentsPlugin({
      ...config.trustedDocuments,
      list: trusted,
      maxTokens: config.operationLimits.tokens,
      apqTtlSeconds: config.apqTtlSeconds,
      registryAssertion: () => registrySigner.signForRegistry(),
      log,
    }), // allow-listed: the manifest's and the registry's registered operations only, no APQ; off: APQ expiring
    operationLimitsPlugin(config.operationLimits), // depth, aliases, tokens, directives, characters
    demandControlPlugin({
      ...config.demandControl,
      registry: metrics.registry,
      operationNames,
      chargeCost: rateLimit.chargeCost,
    }), // estimated cost over GATEWAY_MAX_COST: 400 before planning; the estimate charged to the caller's rate limit of cost (429); estimated and actual cost on /metrics
    operationNamePlugin(), // an unknown operationName is a 400, not the gateway's 500
    operationTypePlugin(), // a mutation or subscription the schema has no root type for: a 400, not the planner's 500
    persistedQueriesPlugin({ store: stores.persistedQueries }), // APQ registered in the persisted-query store; its refusals (hash mismatch, unknown version): BAD_REQUEST
    warmPlans, // the registered operations' query plans, built before each supergraph serves (GATEWAY_WARM_PLANS); plan-store hits and misses on /metrics
    responseCachePlugin({ store: stores.data, registry: metrics.registry }), // whole query answers per subgraph cache hints, caller and language; Vary on every answer
    entityCachePlugin({ store: stores.data, registry: metrics.registry }), // _entities fetches ask only for the entities not held; off by default
    cacheInvalidationPlugin({ store: stores.data, registry: metrics.registry }), // a write done in a subgraph invalidates both caches
    errorsPlugin({ development: config.development, log }), // SUBGRAPH_UNAVAILABLE; masking in production
    dedupPlugin({ enabled: config.subgraphs.dedup }), // identical in-flight query fetches share one request
    traffic, // per subgraph: circuit breaker, retries of queries within a budget, concurrency cap, timeout, answer cap
  ];
  const features = combinePlugins(plugins);
  const { mergeFetches, ownExecutor } = config.subgraphs;
  // Fetches that can merge leave together: the plan in levels (planLevels.ts).
  const didResolveQueryPlan = mergeFetches ? alignLevels : undefined;
  // Apollo plans; the gateway's own executor runs the plans, Apollo's what it leaves (execution/).
  const gateway = federatedGateway({
    manager: supergraph.manager,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url,
        urlOverrides: config.subgraphs.urls,
        fetcher,
        hooks: features.subgraphHooks,
        mergeFetches,
      }),
    validate: config.development,
    parse: parsedSupergraph,
    // Query plans by operation: a bounded LRU (GATEWAY_PLAN_CACHE_MIB), warmed before each supergraph serves.
    plans: warmPlans.plans,
    beforeSwap: warmPlans.beforeSwap,
    onSwap: warmPlans.onSwap,
    ownExecutor,
    ...(didResolveQueryPlan && { didResolveQueryPlan }),
    exposeQueryPlan: config.development,
    registry: metrics.registry,
    log,
  });

  const app = express();
  app.disable('x-powered-by');
  // Slow clients, idle connections and too many of them are cut by the shared host's limits (config.http).
  const host = createHttpHost(app, { log, limits: config.http });
  const httpServer = host.server;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...features.server,
    validationRules: features.validationRules,
    cache: features.cache,
    // Parsed and validated documents by query hash: a bounded LRU (GATEWAY_DOCUMENT_CACHE_MIB), weighed by JSON size as Apollo's default.
    documentStore: new InMemoryLRUCache<DocumentNode>({
      maxSize: config.operationCaches.documentsMiB * 2 ** 20,
    }),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...features.apollo],
    formatError: features.formatError,
    includeStacktraceInErrorResponses: config.development,
    logger: log,
    // main.ts owns SIGINT/SIGTERM; Apollo's own handlers would re-raise the signal mid-shutdown.
    stopOnTerminationSignals: false,
  });
  // Routes answer as soon as the server listens (/ready says 503 until the supergraph is loaded).
  features.mountRoutes(app);
  try {
    await stores.ready();
    // Settles whatever the registry answers: without it, the environment's policies apply meanwhile.
    await recordedTraffic?.ready;
    await apollo.start();
  } catch (error) {
    await Promise.allSettled([features.dispose(), disposeOwned()]);
    throw error;
  }

  app.use('/graphql', ...features.middleware, expressMiddleware(apollo, { context: createRequestContext }));
  app.use(jsonErrorHandler(log));

  let state: { phase: 'built' } | { phase: 'listening' } | { phase: 'disposed' } = { phase: 'built' };
  return {
    app,
    listen: async (port, hostname = '127.0.0.1') => {
      const url = await host.listen(port, hostname, '/graphql');
      state = { phase: 'listening' };
      lifecycle.ready();
      return url;
    },
    dispose: async () => {
      if (state.phase === 'disposed') return;
      const wasListening = state.phase === 'listening';
      state = { phase: 'disposed' };
      // The drain plugin closes the HTTP server when it was listening; Apollo also stops the gateway.
      await apollo.stop();
      if (wasListening) await host.close();
      try {
        await features.dispose();
      } finally {
        await disposeOwned();
      }
    },
  };
}
