/**
 * `npm run gateway -- [--supergraph FILE] [--port N]`: reads the configuration, builds the
 * gateway, listens, and stops cleanly on SIGINT/SIGTERM (`lib/http/serve.ts`). Nothing else. With `GATEWAY_WORKERS` > 1
 * this process only supervises the workers (`cluster.ts`), each of which runs this file again.
 */
import cluster from 'node:cluster';
import { createLogger } from '../../lib/log.js';
import { ConfigError, loadConfig, type GatewayConfig } from './config.js';
import { limitHeapGrowth } from './heap.js';
import { serve } from '../../lib/http/serve.js';
import { startTracing } from '../../lib/telemetry/tracing.js';

function readConfig(): GatewayConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`gateway: ${error.message}`);
    process.exit(2);
  }
}

const config = readConfig();
limitHeapGrowth(config.heapGrowthPercent);
const rootLog = createLogger('gateway', config.logLevel);
// In cluster mode every line says which worker wrote it.
const log = cluster.isWorker ? rootLog.child({ worker: cluster.worker?.id, pid: process.pid }) : rootLog;
if (config.workers > 1 && cluster.isPrimary) {
  // Loaded lazily, like the gateway below: the primary loads neither the gateway's modules nor the supergraph.
  const { runPrimary } = await import('./cluster.js');
  process.exit(await runPrimary({ workers: config.workers, log }));
}

const { createGateway } = await import('./createGateway.js');
const { createSubgraphFetcher } = await import('./fetcher.js');
await serve(
  {
    name: 'gateway',
    log,
    port: config.port,
    host: config.host,
    details: {
      supergraph: config.supergraph,
      cache: config.cache.kind,
      auth: config.auth.kind,
      overrides: config.subgraphs.urls,
      tracing: config.tracing.kind,
    },
    // A worker gets Ctrl-C twice (from the terminal and from the primary); the primary escalates.
    secondSignal: cluster.isWorker ? 'ignore' : 'exit',
    shutdown: config.http,
  },
  async (opened, lifecycle) => {
    // Opened first, closed last: the spans of the last requests are sent before the process exits.
    // At the edge: a client's traceparent is continued, but its "sampled" flag does not force recording.
    opened(startTracing('gateway', config.tracing, { trustCallerSampling: false }));
    const { timeoutMs, maxResponseBytes } = config.subgraphs.traffic.defaults;
    const fetcher = createSubgraphFetcher({ timeoutMs, maxResponseBytes });
    opened(fetcher);
    return createGateway({ config, log, fetcher: fetcher.fetch, lifecycle });
  },
);
