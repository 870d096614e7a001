/**
 * The life of a subgraph process: read its configuration, open and migrate its database, seed it
 * when empty, build its server, listen, and stop cleanly on SIGINT/SIGTERM (`lib/http/serve.ts`).
 * Each subgraph's `main.ts` calls this with its own parts, which carry everything it needs to know
 * about itself (name, default port, environment prefix): a partner's subgraph runs as well outside
 * this repository as inside it.
 */
import type { Kysely, Migration } from 'kysely';
import { openDatabase, migrateToLatest, dbConfigFromEnv, type Database, type DbConfig } from '../db/index.js';
import { createLogger, type Logger } from '../log.js';
import { createSubgraphMetrics, type SubgraphMetrics } from '../metrics.js';
import type { SubgraphServer } from './server.js';
import { accessConfigFromEnv, type SubgraphAccessConfig } from './access.js';
import { ConfigError } from '../config.js';
import { httpLimitsFromEnv, type HttpLimits } from '../http/server.js';
import { serve } from '../http/serve.js';
import type { Lifecycle } from '../http/lifecycle.js';
import { startTracing, tracingConfigFromEnv, type TracingConfig } from '../telemetry/tracing.js';
import { listArgumentLimitsFromEnv, type ListArgumentLimits } from './listArguments.js';

export interface SubgraphParts<DB> {
  /** The subgraph's name, as the supergraph (`join__Graph`) and its logs know it. */
  readonly name: string;
  /** The port it listens on unless `<ENVPREFIX>_PORT` says otherwise. */
  readonly port: number;
  /** Prefix of its environment variables, e.g. `PILOT_ACTIONS` -> `PILOT_ACTIONS_PORT`. */
  readonly envPrefix: string;
  readonly migrations: Record<string, Migration>;
  /** Fills an empty database with the deterministic seed; does nothing when data is present. */
  seed(db: Kysely<DB>, log: Logger): Promise<void>;
  createServer(deps: SubgraphDeps<DB>): Promise<SubgraphServer>;
}

export interface SubgraphDeps<DB> {
  readonly db: Kysely<DB>;
  readonly metrics: SubgraphMetrics;
  readonly log: Logger;
  /** Show internal error messages to clients. @default false */
  readonly development?: boolean;
  /** Who may call (gateway assertions, direct access). @default development keys, no direct access */
  readonly access?: SubgraphAccessConfig;
  /** Timeouts and connection cap of the HTTP server. @default DEFAULT_HTTP_LIMITS */
  readonly http?: HttpLimits;
  /** How many items list arguments may hold. @default DEFAULT_LIST_ARGUMENT_LIMITS */
  readonly listLimits?: ListArgumentLimits;
  /** The process's phase, moved by `serve()`; `/ready` follows it. @default one that is ready once listening */
  readonly lifecycle?: Lifecycle;
}

export interface SubgraphRuntimeConfig {
  readonly port: number;
  readonly host: string;
  readonly development: boolean;
  readonly logLevel: string;
  /** `INTEGRA_HTTP_*`: timeouts and connection cap. @default DEFAULT_HTTP_LIMITS */
  readonly http: HttpLimits;
  /** `<ENVPREFIX>_MAX_LIST_ARGUMENT` (1000) and `<ENVPREFIX>_MAX_ENTITY_REPRESENTATIONS` (10000). */
  readonly listLimits: ListArgumentLimits;
}

/** A port from `env[variable]`, or `fallback` when unset; throws naming the variable when it is no port. */
export function readPort(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const text = env[variable];
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new Error(`${variable} must be a port number, got "${text}"`);
  return port;
}

function readRuntimeConfig(
  parts: Pick<SubgraphParts<unknown>, 'port' | 'envPrefix'>,
  env: NodeJS.ProcessEnv,
): SubgraphRuntimeConfig {
  return {
    port: readPort(env, `${parts.envPrefix}_PORT`, parts.port),
    host: env['INTEGRA_HOST'] ?? '127.0.0.1',
    development: env['NODE_ENV'] !== 'production',
    logLevel: env['LOG_LEVEL'] ?? 'info',
    http: httpLimitsFromEnv(env),
    listLimits: listArgumentLimitsFromEnv(parts.envPrefix, env),
  };
}

/** Opens, migrates and seeds a database (a subgraph's, or a test's), reporting every statement. */
export async function prepareDatabase<DB>(
  config: DbConfig,
  data: Pick<SubgraphParts<DB>, 'migrations' | 'seed'>,
  options: { log: Logger; onStatement?: () => void },
): Promise<Database<DB>> {
  const database = await openDatabase<DB>(config, {
    onStatement: options.onStatement,
    onConnectionError: (error) =>
      options.log.warn({ reason: error.message }, 'a database connection broke; the pool opens another'),
  });
  const applied = await migrateToLatest(database as Database<unknown>, data.migrations);
  if (applied.length > 0) options.log.info({ applied }, 'migrations applied');
  await data.seed(database.db, options.log);
  return database;
}

/** Runs a subgraph process until SIGINT or SIGTERM. */
export async function runSubgraph<DB>(
  parts: SubgraphParts<DB>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const startedAt = Date.now();
  let config: SubgraphRuntimeConfig;
  let access: SubgraphAccessConfig;
  let dbConfig: DbConfig;
  let tracingConfig: TracingConfig;
  try {
    config = readRuntimeConfig(parts, env);
    access = accessConfigFromEnv(parts.envPrefix, env);
    dbConfig = dbConfigFromEnv(parts.name, parts.envPrefix, env);
    tracingConfig = tracingConfigFromEnv(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${parts.name}: ${error.message}`);
    process.exit(2);
  }
  const log = createLogger(parts.name, config.logLevel);
  const metrics = createSubgraphMetrics(parts.name);
  await serve(
    {
      name: parts.name,
      log,
      port: config.port,
      host: config.host,
      startedAt,
      details: {
        dialect: dbConfig.dialect,
        directAccess: access.direct !== false,
        tracing: tracingConfig.kind,
      },
      // Under `npm start` a subgraph gets Ctrl-C from the terminal and SIGTERM from the orchestrator: one stop.
      secondSignal: 'ignore',
      shutdown: config.http,
    },
    async (opened, lifecycle) => {
      // Opened first, closed last: the spans of the last requests are sent before the process exits.
      opened(startTracing(parts.name, tracingConfig));
      const database = await prepareDatabase(dbConfig, parts, {
        log,
        onStatement: () => metrics.countStatement(),
      });
      opened(database);
      return parts.createServer({
        db: database.db,
        metrics,
        log,
        development: config.development,
        access,
        http: config.http,
        listLimits: config.listLimits,
        lifecycle,
      });
    },
  );
}
