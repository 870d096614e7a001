/**
 * `GET /metrics` in Prometheus format, the RED metrics of the gateway: GraphQL requests (count and
 * latency, by operation and outcome) seen by Apollo Server, fetches to each subgraph (count,
 * failures and latency) from the data source's hooks, and Node's process metrics. Operations are
 * labelled by name when they are registered (trusted documents); any other name is `other`, so a
 * client cannot grow the metrics without bound.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GatewayPlugin } from '../plugin.js';

/** An operation's label: its name when registered, `other` when not, `unnamed` without one. */
export function operationLabel(
  names: ReadonlySet<string> | undefined,
  name: string | null | undefined,
): string {
  return !name ? 'unnamed' : names?.has(name) ? name : 'other';
}

export interface MetricsPluginOptions {
  /** @default '/metrics' */
  readonly path?: string;
  /** Adds Node's process metrics (CPU, memory, event loop, GC). @default true */
  readonly defaultMetrics?: boolean;
  /** Operation names kept as labels (the registered operations'); others are `other`. @default none */
  readonly operationNames?: ReadonlySet<string>;
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
  const fetchDuration = new Histogram({
    name: 'integra_subgraph_fetch_duration_seconds',
    help: 'Time of each fetch to a subgraph (retries included), by outcome: ok, or error (no answer, 5xx)',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const requests = new Counter({
    name: 'integra_gateway_requests_total',
    help: 'GraphQL requests answered by the gateway, by operation type, operation name and outcome',
    labelNames: ['type', 'operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'integra_gateway_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, by operation type, name and outcome',
    labelNames: ['type', 'operation', 'outcome'] as const,
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
      wrapFetch: (next, subgraph) => async (url, init) => {
        const stop = fetchDuration.startTimer({ subgraph });
        try {
          const response = await next(url, init);
          stop({ outcome: response.status >= 500 ? 'error' : 'ok' });
          return response;
        } catch (error) {
          stop({ outcome: 'error' });
          throw error;
        }
      },
      onFetch: ({ subgraph }) => subgraphFetches.inc({ subgraph }),
      onFetchError: ({ subgraph }) => {
        subgraphFetchErrors.inc({ subgraph });
      },
    },
    apollo: {
      async requestDidStart() {
        const stopTimer = duration.startTimer();
        return {
          async willSendResponse({ operation, operationName, errors }) {
            // `operation` is missing when the request never parsed or validated.
            const labels = {
              type: operation?.operation ?? 'unknown',
              operation: operationLabel(options.operationNames, operationName),
              outcome: errors && errors.length > 0 ? 'error' : 'ok',
            };
            stopTimer(labels);
            requests.inc(labels);
          },
        };
      },
    },
    dispose: async () => registry.clear(),
  };
}
