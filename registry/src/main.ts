/**
 * `npm run registry`: reads the configuration, builds the schema registry, listens, and stops
 * cleanly on SIGINT/SIGTERM (`lib/http/serve.ts`). Nothing else.
 */
import { createLogger } from '../../lib/log.js';
import { ConfigError, loadConfig, type RegistryConfig } from './config.js';
import { createRegistry } from './createRegistry.js';
import { serve } from '../../lib/http/serve.js';

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
await serve(
  {
    name: 'registry',
    log,
    port: config.port,
    host: config.host,
    details: { dialect: config.db.dialect, notify: config.notify.kind },
    shutdown: config.http,
  },
  (_opened, lifecycle) => createRegistry({ config, log, lifecycle }),
);
