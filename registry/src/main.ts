/**
 * `npm run registry`: reads the configuration, builds the schema registry, listens, and stops
 * cleanly on SIGINT/SIGTERM. Nothing else.
 */
import { createLogger } from '../../lib/log.js';
import { ConfigError, loadConfig, type RegistryConfig } from './config.js';
import { createRegistry } from './createRegistry.js';

function readConfig(): RegistryConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`registry: ${error.message}`);
    process.exit(2);
  }
}

const config = readConfig();
const log = createLogger('registry', config.logLevel);
const started = Date.now();
try {
  const registry = await createRegistry({ config, log });
  const origin = await registry.listen(config.port, config.host);
  log.info({ origin, dialect: config.db.dialect, notify: config.notify.kind, startupMs: Date.now() - started }, `registry listening on ${origin}`);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'registry stopping');
    try {
      await registry.dispose();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'registry did not stop cleanly');
      process.exit(1);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  log.fatal({ err: error }, 'registry failed to start');
  process.exit(1);
}
