/**
 * The gateway Apollo Server loads: supergraphs from the supergraph manager, built with Apollo
 * Federation's own pieces (`lib/supergraph/load.ts`), planned by Apollo's query planner, and run
 * (`executor.ts`) by the gateway's own executor (`own.ts`), or by Apollo Gateway's
 * `executeQueryPlan` for what the own one leaves to it (introspection, `@defer`, subscriptions,
 * `@fromContext`, a request for its query plan, traces for Apollo's reporting) and for every plan
 * with `GATEWAY_OWN_EXECUTOR=false`.
 *
 * Why not Apollo Gateway's class: its swap is synchronous, and in that one tick it builds the
 * supergraph, its graphql-js schema, the API schema and its graphql-js schema, and a query planner
 * (about 100 ms on the domain's supergraph), while every request waits. Here a new supergraph is
 * built before its swap (`prepare`, which the supergraph provider awaits), one step at a time with
 * pauses in which the served one still answers, then planned ahead (warm plans); the swap itself
 * is a change of reference, the plans' install and Apollo Server's own schema update.
 * A supergraph nobody prepared (or one whose preparation failed) is built in the swap, as Apollo
 * Gateway would: the same refusals, the served one kept.
 */
import { HEALTH_CHECK_QUERY, type GraphQLDataSource, type SupergraphManager } from '@apollo/gateway';
import { Supergraph } from '@apollo/federation-internals';
import type { QueryPlan, QueryPlannerConfig } from '@apollo/query-planner';
import type { GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import type { DocumentNode } from 'graphql';
import type { Registry } from 'prom-client';
import type { Logger } from '../../../lib/log.js';
import { loading, loadSupergraph, type LoadedSupergraph } from '../../../lib/supergraph/load.js';
import { pacedSteps } from '../../../lib/steps.js';
import { createExecutor, type PlanStore } from './executor.js';

export type { LoadedSupergraph } from '../../../lib/supergraph/load.js';
export type { PlanStore } from './executor.js';

export interface FederatedGatewayOptions {
  /** Where supergraphs come from (a file, the registry). */
  readonly manager: SupergraphManager;
  /** The data source of a subgraph, made once per name and URL. */
  readonly buildService: (subgraph: { readonly name: string; readonly url: string }) => GraphQLDataSource;
  /** Validate each supergraph as a GraphQL schema (development). */
  readonly validate: boolean;
  readonly plans: PlanStore;
  /** The supergraph's SDL parsed (`supergraph/parsed.ts`, parsed once per version for the plugins too). */
  readonly parse: (sdl: string) => DocumentNode;
  /** Work on a supergraph built ahead, before it serves (warm plans); `pacing` once one serves. Never rejects. @default none */
  readonly beforeSwap?: (loaded: LoadedSupergraph, pacing: boolean) => Promise<void>;
  /** In the swap, before any request runs on the new supergraph (warm plans' install). @default none */
  readonly onSwap?: (loaded: LoadedSupergraph) => void;
  /** `GATEWAY_OWN_EXECUTOR`: the gateway's own executor runs the plans it can. @default true */
  readonly ownExecutor?: boolean;
  /** Applied to every plan before it runs (`planLevels.ts`). @default nothing */
  readonly didResolveQueryPlan?: (plan: QueryPlan) => void;
  /** The query planner's configuration. @default Apollo's */
  readonly plannerConfig?: QueryPlannerConfig;
  /** Answer `Apollo-Query-Plan-Experimental` with the plan (development). @default false */
  readonly exposeQueryPlan?: boolean;
  /** Where the operations each executor ran are counted (the metrics plugin's registry). @default none */
  readonly registry?: Registry;
  readonly log: Logger;
}

export interface FederatedGateway extends GatewayInterface {
  /** Builds `sdl` (prepared) while the served supergraph still answers; its swap then finds it built. Never rejects. */
  prepare(sdl: string): Promise<void>;
}

export function federatedGateway(options: FederatedGatewayOptions): FederatedGateway {
  const { log, plans } = options;
  const loadingOptions = (sdl: string) => ({
    validate: options.validate,
    document: options.parse(sdl),
    ...(options.plannerConfig && { plannerConfig: options.plannerConfig }),
  });
  let state:
    | { phase: 'initialized' }
    | { phase: 'loaded'; served: LoadedSupergraph; cleanup: (() => Promise<void>) | undefined }
    | { phase: 'stopped' } = { phase: 'initialized' };
  /** Built ahead for the next swap (one at a time: the provider swaps in order). */
  let pending: LoadedSupergraph | undefined;
  let swapping = false;
  const listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  /** Each subgraph's data source, by name, with the URL it was made for. */
  const services = new Map<string, { readonly url: string; readonly source: GraphQLDataSource }>();
  /** The same, as Apollo's `executeQueryPlan` takes them. */
  let serviceMap = Object.create(null) as Record<string, GraphQLDataSource>;
  const served = () => (state.phase === 'loaded' ? state.served : undefined);

  const swap = (sdl: string, cleanup?: () => Promise<void>) => {
    if (state.phase === 'stopped') throw new Error("Can't take a supergraph after the gateway has stopped");
    if (swapping) throw new Error("Can't take a supergraph while a supergraph update is in progress");
    const current = served();
    if (current?.sdl === sdl) return;
    swapping = true;
    try {
      const loaded = pending?.sdl === sdl ? pending : loadSupergraph(sdl, loadingOptions(sdl));
      pending = undefined;
      for (const { name, url } of loaded.subgraphs)
        if (services.get(name)?.url !== url)
          services.set(name, { url, source: options.buildService({ name, url }) });
      serviceMap = Object.create(null) as Record<string, GraphQLDataSource>;
      for (const [name, { source }] of services) serviceMap[name] = source;
      state = {
        phase: 'loaded',
        served: loaded,
        cleanup: state.phase === 'loaded' ? state.cleanup : cleanup,
      };
      options.onSwap?.(loaded);
      for (const listener of listeners) {
        try {
          listener({ apiSchema: loaded.schema, coreSupergraphSdl: sdl });
        } catch (error) {
          log.error({ err: error }, 'a schema listener failed; the supergraph is taken all the same');
        }
      }
    } finally {
      swapping = false;
    }
  };

  const executor = createExecutor({
    served,
    services: () => serviceMap,
    plans,
    ownExecutor: options.ownExecutor ?? true,
    ...(options.didResolveQueryPlan && { didResolveQueryPlan: options.didResolveQueryPlan }),
    exposeQueryPlan: options.exposeQueryPlan ?? false,
    ...(options.registry && { registry: options.registry }),
  });

  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async prepare(sdl) {
      if (served()?.sdl === sdl || state.phase === 'stopped') return;
      // Once a supergraph serves, building takes at most half of the event loop; at start nothing waits.
      const pacing = served() !== undefined;
      let loaded: LoadedSupergraph;
      try {
        const built = await pacedSteps(loading(sdl, loadingOptions(sdl)), pacing);
        loaded = built.value;
        log.info(
          { buildMs: Math.round(built.busyMs), longestStepMs: Math.round(built.longestStepMs) },
          'supergraph built ahead of its swap',
        );
      } catch {
        // Refused again at the swap, with Apollo's reason, and logged by the provider there.
        return;
      }
      await options.beforeSwap?.(loaded, pacing);
      pending = loaded;
    },
    async load() {
      if (state.phase !== 'initialized') throw new Error(`The gateway cannot load: it is ${state.phase}`);
      const result = await options.manager.initialize({
        update: (sdl) => swap(sdl),
        // Every subgraph of `sdl` asked for its `__typename`, as Apollo Gateway checks them; the first failure names its subgraph.
        healthCheck: async (sdl) => {
          const check = async (name: string, url: string) => {
            const response = await options.buildService({ name, url }).process({
              // Apollo's `GraphQLDataSourceRequestKind.HEALTH_CHECK` (its enum is not exported).
              kind: 'health check' as Parameters<GraphQLDataSource['process']>[0]['kind'],
              request: { query: HEALTH_CHECK_QUERY },
              context: {},
            } as Parameters<GraphQLDataSource['process']>[0]);
            if (response.errors?.length) throw new Error(response.errors.map((e) => e.message).join('; '));
          };
          await Promise.all(
            Supergraph.build(sdl)
              .subgraphsMetadata()
              .map(({ name, url }) =>
                check(name, url).catch((error: unknown) => {
                  throw new Error(`[${name}]: ${error instanceof Error ? error.message : String(error)}`);
                }),
              ),
          );
        },
        getDataSource: ({ name, url = '' }) => {
          const known = services.get(name);
          if (known?.url === url) return known.source;
          const source = options.buildService({ name, url });
          services.set(name, { url, source });
          serviceMap[name] = source;
          return source;
        },
      });
      const cleanup = typeof result.cleanup === 'function' ? result.cleanup : undefined;
      try {
        swap(result.supergraphSdl, cleanup);
      } catch (error) {
        await cleanup?.();
        state = { phase: 'stopped' };
        throw error;
      }
      return { executor };
    },
    async stop() {
      const cleanup = state.phase === 'loaded' ? state.cleanup : undefined;
      state = { phase: 'stopped' };
      pending = undefined;
      try {
        await cleanup?.();
      } catch (error) {
        log.error({ err: error }, 'the supergraph manager failed to clean up');
      }
    },
  };
}
