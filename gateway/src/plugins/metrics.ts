/**
 * `GET /metrics` in Prometheus format: GraphQL requests (count, latency) seen by Apollo Server,
 * fetches to each subgraph counted by the data source's hooks, and Node's process metrics.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GatewayPlugin } from '../plugin.js';

export interface MetricsPluginOptions {
  /** @default '/metrics' */
  readonly path?: string;
  /** Adds Node's process metrics (CPU, memory, event loop, GC). @default true */
  readonly defaultMetrics?: boolean;
}

export interface MetricsPlugin extends GatewayPlugin {
  /** This gateway's own registry (never prom-client's global one, so instances do not collide). */
  readonly registry: Registry;
}

/** Serves `GET /metrics` from a registry of its own and counts requests and subgraph fetches. */
export function metricsPlugin(options: MetricsPluginOptions = {}): MetricsPlugin {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'integra_' });

  const subgraphFetches = new Counter({
    name: 'integra_subgraph_fetches_total',
    help: 'HTTP requests sent by the gateway to each subgraph',
    labelNames: ['subgraph'] as const,
    registers: [registry],
  });
  const subgraphFetchErrors = new Counter({
    name: 'integra_subgraph_fetch_errors_total',
    help: 'Subgraph requests that failed: no answer, timeout, non-2xx status or unreadable body',
    labelNames: ['subgraph'] as const,
    registers: [registry],
  });
  const requests = new Counter({
    name: 'integra_gateway_requests_total',
    help: 'GraphQL requests answered by the gateway, by operation type and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'integra_gateway_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  return {
    name: 'metrics',
    registry,
    routes: (app) => {
      app.get(options.path ?? '/metrics', async (_req, res) => {
        res.type(registry.contentType).send(await registry.metrics());
      });
    },
    subgraph: {
      onFetch: ({ subgraph }) => subgraphFetches.inc({ subgraph }),
      onFetchError: ({ subgraph }) => {
        subgraphFetchErrors.inc({ subgraph });
      },
    },
    apollo: {
      async requestDidStart() {
        const stopTimer = duration.startTimer();
        return {
          async willSendResponse({ operation, errors }) {
            // `operation` is missing when the request never parsed or validated.
            const type = operation?.operation ?? 'unknown';
            stopTimer({ operation: type });
            requests.inc({ operation: type, outcome: errors && errors.length > 0 ? 'error' : 'ok' });
          },
        };
      },
    },
    dispose: async () => registry.clear(),
  };
}
