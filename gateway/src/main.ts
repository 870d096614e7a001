/**
 * `npm run gateway -- [--supergraph FILE] [--port N]`: reads the configuration, builds the
 * gateway, listens, and stops cleanly on SIGINT/SIGTERM. Nothing else. With `GATEWAY_WORKERS` > 1
 * this process only supervises the workers (`cluster.ts`), each of which runs this file again.
 */
import cluster from 'node:cluster';
import { createLogger } from '../../lib/log.js';
import { ConfigError, loadConfig, type GatewayConfig } from './config.js';
import { limitHeapGrowth } from './heap.js';

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
const fetcher = createSubgraphFetcher({ timeoutMs: config.subgraphs.timeoutMs });

try {
  const gateway = await createGateway({ config, log, fetcher: fetcher.fetch });
  const url = await gateway.listen(config.port, config.host);
  log.info(
    { url, supergraph: config.supergraph, cache: config.cache.kind, auth: config.auth.kind, overrides: config.subgraphs.urls },
    `gateway listening on ${url}`,
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      // A worker gets Ctrl-C twice (from the terminal and from the primary); the primary escalates.
      if (cluster.isWorker) return;
      log.warn({ signal }, 'second signal while stopping: exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'gateway stopping');
    try {
      await gateway.dispose();
      await fetcher.dispose();
      log.info('gateway stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'gateway did not stop cleanly');
      process.exit(1);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  log.fatal({ err: error }, 'gateway failed to start');
  await fetcher.dispose();
  process.exit(1);
}
