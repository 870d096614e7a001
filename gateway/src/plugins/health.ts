/**
 * `GET /health`: 200 once the supergraph is loaded, 503 while it is loading and while the gateway
 * stops, so a load balancer only sends traffic to a gateway that can plan queries. It says which
 * supergraph is served: its hash, and its source (the file, or the registry's version), and the
 * state of each subgraph's circuit breaker.
 */
import cluster from 'node:cluster';
import { createHash } from 'node:crypto';
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
  /** @default '/health' */
  readonly path?: string;
  /** Which supergraph the source serves (file, or registry version), reported as `source`. */
  readonly served?: () => SupergraphServed;
  /** Each subgraph's circuit breaker (`closed`, `half_open`, `open`), reported as `circuits`. */
  readonly circuits?: () => Record<string, string>;
}

export interface HealthPlugin extends GatewayPlugin {
  /** The current phase (for logs and tests). */
  lifecycle(): GatewayLifecycle;
}

/** Serves `GET /health` from the gateway's lifecycle, which Apollo Server's schema events drive. */
export function healthPlugin(options: HealthPluginOptions = {}): HealthPlugin {
  let state: GatewayLifecycle = { phase: 'loading' };
  return {
    name: 'health',
    lifecycle: () => state,
    routes: (app) => {
      app.get(options.path ?? '/health', (_req, res) => {
        res.set('cache-control', 'no-store');
        if (state.phase === 'ready') {
          res.json({
            status: 'ok',
            phase: state.phase,
            since: state.since.toISOString(),
            supergraph: state.supergraphId,
            ...(options.served ? { source: options.served() } : {}),
            ...(options.circuits ? { circuits: options.circuits() } : {}),
            pid: process.pid,
            // A cluster worker also names its primary, the process a supervisor started.
            ...(cluster.isWorker ? { primaryPid: process.ppid } : {}),
          });
        } else {
          res.status(503).json({ status: 'unavailable', phase: state.phase });
        }
      });
    },
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
