/**
 * Assembles the schema registry without listening: opens and migrates its database, seeds an empty
 * one, registers the client operations of the manifest, and builds the express app from its
 * routes. Tests import this and listen on a free port.
 */
import express from 'express';
import { migrateToLatest, openDatabase, type Database } from '../../lib/db/index.js';
import { jsonErrorHandler } from '../../lib/httpErrors.js';
import { createHttpHost } from '../../lib/http/server.js';
import type { Logger } from '../../lib/log.js';
import type { RegistryConfig } from './config.js';
import type { RegistryDb } from './data/tables.js';
import { migrations } from './data/migrations/index.js';
import { createApiSchemaCache } from './checks/apiSchemaCache.js';
import { createSupergraphLoader } from '../../lib/supergraph/load.js';
import { createCredentials } from './credentials.js';
import { createNotifier } from './notify.js';
import { registerManifest, seedRegistry } from './seed.js';
import { backfillOwnership } from './ownership.js';
import type { RegistryDeps } from './state.js';
import { healthRoutes } from './routes/health.js';
import { createLifecycle, type Lifecycle } from '../../lib/http/lifecycle.js';
import { supergraphRoutes } from './routes/supergraph.js';
import { subgraphRoutes } from './routes/subgraphs.js';
import { changeRoutes } from './routes/changes.js';
import { clientRoutes } from './routes/clients.js';
import { ownershipRoutes } from './routes/ownership.js';
import { trafficRoutes } from './routes/traffic.js';
import { devTokenRoutes } from './routes/devToken.js';
import { READ_PATHS, readAccess } from './routes/reads.js';
import { httpErrorHandler, registryErrorBody, unknownRoute } from './routes/http.js';

/** What the registry is built from; only `main.ts` (or a test) creates the logger. */
export interface RegistryOptions {
  readonly config: Pick<
    RegistryConfig,
    'db' | 'development' | 'auth' | 'gatewayKeys' | 'publicReads' | 'notify' | 'seed' | 'operations'
  > &
    Partial<Pick<RegistryConfig, 'http'>>;
  readonly log: Logger;
  /** The largest request body (an SDL is tens of kilobytes). @default '5mb' */
  readonly maxBodySize?: string;
  /** The process's phase, moved by `serve()`; `/ready` follows it. @default one that is ready once listening */
  readonly lifecycle?: Lifecycle;
}

/** A built registry: its express app, listening, and its end. */
export interface Registry {
  readonly app: express.Express;
  /** Starts listening; resolves with the registry's origin, e.g. `http://127.0.0.1:4100`. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops listening, then closes Redis and the database. */
  dispose(): Promise<void>;
}

/** Builds the registry (database migrated, seeded, operations registered) without listening. */
export async function createRegistry(options: RegistryOptions): Promise<Registry> {
  const { config, log } = options;
  const lifecycle = options.lifecycle ?? createLifecycle();
  const database: Database<RegistryDb> = await openDatabase<RegistryDb>(config.db, {
    onConnectionError: (error) =>
      log.warn({ reason: error.message }, 'a database connection broke; the pool opens another'),
  });
  const notifier = createNotifier(config.notify, { log });
  const loader = createSupergraphLoader();
  try {
    const applied = await migrateToLatest(database as Database<unknown>, migrations);
    if (applied.length > 0) log.info({ applied }, 'registry migrations applied');
    const deps: RegistryDeps = { db: database.db, log, notifier, apiSchemas: createApiSchemaCache(), loader };
    await seedRegistry(deps, config.seed);
    await backfillOwnership(deps, config.seed);
    await registerManifest(deps, config.operations.manifestPath, config.operations.client);
    const readers = { gatewayKeys: config.gatewayKeys, publicReads: config.publicReads };
    const credentials = createCredentials(config.auth, { development: config.development, log, readers });

    const app = express();
    // The supergraph's ETag is its id; express's own (a hash of the body) would only add work.
    app.set('etag', false);
    app.disable('x-powered-by');
    app.use(express.json({ limit: options.maxBodySize ?? '5mb' }));
    app.use(healthRoutes(database.db, lifecycle));
    app.use(READ_PATHS, readAccess(credentials));
    app.use(supergraphRoutes(database.db));
    app.use(subgraphRoutes(database.db));
    app.use(changeRoutes(deps, credentials));
    app.use(clientRoutes(deps, credentials));
    app.use(ownershipRoutes(deps, credentials));
    app.use(trafficRoutes(deps, credentials));
    app.use(devTokenRoutes({ development: config.development, auth: config.auth }));
    app.use(unknownRoute(log));
    app.use(httpErrorHandler());
    app.use(jsonErrorHandler(log, registryErrorBody));

    // Slow clients, idle connections and too many of them are cut by the shared host's limits.
    const host = createHttpHost(app, { log, limits: config.http, errorBody: registryErrorBody });
    let state: { phase: 'idle' } | { phase: 'listening' } | { phase: 'disposed' } = { phase: 'idle' };
    return {
      app,
      listen: async (port, hostname = '127.0.0.1') => {
        const origin = await host.listen(port, hostname);
        state = { phase: 'listening' };
        lifecycle.ready();
        return origin;
      },
      async dispose() {
        if (state.phase === 'disposed') return;
        const wasListening = state.phase === 'listening';
        state = { phase: 'disposed' };
        if (wasListening) await host.close();
        await notifier.dispose();
        await loader.dispose();
        await database.dispose();
      },
    };
  } catch (error) {
    await notifier.dispose();
    await loader.dispose();
    await database.dispose();
    throw error;
  }
}
