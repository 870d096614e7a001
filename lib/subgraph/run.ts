/**
 * The life of a subgraph process: read its configuration, open and migrate its database, seed it
 * when empty, build its server, listen, and stop cleanly on SIGINT/SIGTERM. Each subgraph's
 * `main.ts` calls this with its own parts.
 */
import type { Kysely, Migration } from 'kysely';
import { subgraphs } from '../../schema/subgraphs.js';
import { openDatabase, migrateToLatest, dbConfigFromEnv, type Database, type DbConfig } from '../db/index.js';
import { createLogger, type Logger } from '../log.js';
import { createSubgraphMetrics, type SubgraphMetrics } from '../metrics.js';
import type { SubgraphServer } from './server.js';
import { accessConfigFromEnv, type SubgraphAccessConfig } from './access.js';
import { ConfigError } from '../config.js';
import { httpLimitsFromEnv, type HttpLimits } from '../http/server.js';
import { listArgumentLimitsFromEnv, type ListArgumentLimits } from './listArguments.js';

export interface SubgraphParts<DB> {
  /** Must match a name in `schema/subgraphs.ts`. */
  readonly name: string;
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
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`${variable} must be a port number, got "${text}"`);
  return port;
}

function readRuntimeConfig(name: string, env: NodeJS.ProcessEnv): SubgraphRuntimeConfig & { envPrefix: string } {
  const entry = subgraphs.find((s) => s.name === name);
  if (!entry) throw new Error(`subgraph "${name}" is not listed in schema/subgraphs.ts`);
  return {
    envPrefix: entry.envPrefix,
    port: readPort(env, `${entry.envPrefix}_PORT`, entry.defaultPort),
    host: env['INTEGRA_HOST'] ?? '127.0.0.1',
    development: env['NODE_ENV'] !== 'production',
    logLevel: env['LOG_LEVEL'] ?? 'info',
    http: httpLimitsFromEnv(env),
    listLimits: listArgumentLimitsFromEnv(entry.envPrefix, env),
  };
}

/** Opens, migrates and seeds a database (a subgraph's, or a test's), reporting every statement. */
export async function prepareDatabase<DB>(
  config: DbConfig,
  data: Pick<SubgraphParts<DB>, 'migrations' | 'seed'>,
  options: { log: Logger; onStatement?: () => void },
): Promise<Database<DB>> {
  const database = await openDatabase<DB>(config, { onStatement: options.onStatement });
  const applied = await migrateToLatest(database as Database<unknown>, data.migrations);
  if (applied.length > 0) options.log.info({ applied }, 'migrations applied');
  await data.seed(database.db, options.log);
  return database;
}

/** Runs a subgraph process until SIGINT or SIGTERM. */
export async function runSubgraph<DB>(parts: SubgraphParts<DB>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let config: ReturnType<typeof readRuntimeConfig>;
  let access: SubgraphAccessConfig;
  let dbConfig: DbConfig;
  try {
    config = readRuntimeConfig(parts.name, env);
    access = accessConfigFromEnv(config.envPrefix, env);
    dbConfig = dbConfigFromEnv(parts.name, config.envPrefix, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${parts.name}: ${error.message}`);
    process.exit(2);
  }
  const log = createLogger(parts.name, config.logLevel);
  const metrics = createSubgraphMetrics(parts.name);
  const started = Date.now();
  const database = await prepareDatabase(dbConfig, parts, { log, onStatement: () => metrics.countStatement() });
  const server = await parts.createServer({
    db: database.db,
    metrics,
    log,
    development: config.development,
    access,
    http: config.http,
    listLimits: config.listLimits,
  });
  const url = await server.listen(config.port, config.host);
  log.info(
    { url, dialect: dbConfig.dialect, startupMs: Date.now() - started, directAccess: access.direct !== false },
    'subgraph listening',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await server.dispose();
    await database.dispose();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
