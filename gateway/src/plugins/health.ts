/**
 * `GET /health` (alive: 200 while the process runs) and `GET /ready` (200 once the supergraph is
 * loaded, 503 while it is loading, while the gateway drains and while it stops), so a load balancer
 * only sends traffic to a gateway that can plan queries. Both say which
 * supergraph is served: its hash, and its source (the file, or the registry's version), and the
 * state of each subgraph's circuit breaker, and the traffic policy of each subgraph that has its own.
 */
import cluster from 'node:cluster';
import { createHash } from 'node:crypto';
import { lifecycleRoutes, type Lifecycle } from '../../../lib/http/lifecycle.js';
import type { GatewayPlugin } from '../plugin.js';
import type { SupergraphServed } from '../supergraph/index.js';

/** Where the gateway is in its life, as the health check sees it. */
export type GatewayLifecycle =
  | { readonly phase: 'loading' }
  | {
      readonly phase: 'ready';
      /** When the current supergraph was loaded. */
      readonly since: Date;
      /** First 12 hex digits of the supergraph's SHA-256: tells which supergraph is served. */
      readonly supergraphId: string;
    }
  | { readonly phase: 'stopping' };

export interface HealthPluginOptions {
  /** The process's phase (`lib/http/lifecycle.ts`): draining turns `/ready` to 503 before the gateway stops. */
  readonly lifecycle: Lifecycle;
  /** Which supergraph the source serves (file, or registry version), reported as `source`. */
  readonly served?: () => SupergraphServed;
  /** Each subgraph's circuit breaker (`closed`, `half_open`, `open`), reported as `circuits`. */
  readonly circuits?: () => Record<string, string>;
  /** The policy of each subgraph with settings of its own, reported as `traffic`. */
  readonly traffic?: () => Record<string, unknown>;
}

export interface HealthPlugin extends GatewayPlugin {
  /** The current phase (for logs and tests). */
  lifecycle(): GatewayLifecycle;
}

/** Serves `GET /health` and `GET /ready` from the process's lifecycle and the supergraph's, which Apollo Server's schema events drive. */
export function healthPlugin(options: HealthPluginOptions): HealthPlugin {
  let state: GatewayLifecycle = { phase: 'loading' };
  const details = () => ({
    ...(state.phase === 'ready'
      ? { since: state.since.toISOString(), supergraph: state.supergraphId }
      : { supergraph: null }),
    ...(options.served ? { source: options.served() } : {}),
    ...(options.circuits ? { circuits: options.circuits() } : {}),
    ...(options.traffic ? { traffic: options.traffic() } : {}),
    // A cluster worker also names its primary, the process a supervisor started.
    ...(cluster.isWorker ? { primaryPid: process.ppid } : {}),
  });
  return {
    name: 'health',
    lifecycle: () => state,
    routes: (app) =>
      lifecycleRoutes(app, options.lifecycle, { ready: () => state.phase === 'ready', details }),
    apollo: {
      // Apollo Server relays the gateway's onSchemaLoadOrUpdate here, on first load and on updates.
      async serverWillStart() {
        return {
          schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
            if (state.phase === 'stopping') return;
            const supergraphId = createHash('sha256')
              .update(coreSupergraphSdl ?? '')
              .digest('hex')
              .slice(0, 12);
            state = { phase: 'ready', since: new Date(), supergraphId };
          },
          async serverWillStop() {
            state = { phase: 'stopping' };
          },
        };
      },
    },
  };
}
