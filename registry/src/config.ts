/**
 * The schema registry's configuration: the only place that reads `process.env`. Parsed once into a
 * typed object; a bad value fails fast with a `ConfigError` naming the variable to fix.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { subgraphs, defaultUrl } from '../../schema/subgraphs.js';
import type { DbConfig } from '../../lib/db/index.js';
import { dbConfigFromEnv } from '../../lib/db/index.js';
import type { BearerConfig } from '../../lib/auth/bearer.js';
import { gatewayKeysFromEnv, registryBearerConfigFromEnv } from '../../lib/auth/env.js';
import type { KeySource } from '../../lib/auth/keys.js';
import { booleanVar, ConfigError, pick, url, type Env, type Raw } from '../../lib/config.js';
import { httpLimitsFromEnv, type HttpLimits } from '../../lib/http/server.js';
import { CLIENT_NAME } from './names.js';

export { ConfigError } from '../../lib/config.js';

/** The manifest `npm run codegen` writes: the typed client's operations, by sha256 hash. */
export const defaultOperationsManifest = fileURLToPath(
  new URL('../../clients/__generated__/persisted-documents.json', import.meta.url),
);

/** The pino levels `LOG_LEVEL` accepts. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A subgraph the registry publishes on its first start, from `schema/subgraphs.ts`. */
export interface SeedSubgraph {
  readonly name: string;
  /** Absolute path of its SDL file. */
  readonly sdlPath: string;
  /** `<ENVPREFIX>_URL`, or the subgraph's default URL on 127.0.0.1. */
  readonly routingUrl: string;
  /** The entity types it owns, recorded as its at the seed. @default [] */
  readonly owns?: readonly string[];
}

/** Where new supergraphs are announced: nowhere (gateways poll), or a Redis channel. */
export type NotifyConfig = { readonly kind: 'none' } | { readonly kind: 'redis'; readonly url: string };

/** The registry's configuration, parsed once from the environment. */
export interface RegistryConfig {
  /** `REGISTRY_PORT`. @default 4100 */
  readonly port: number;
  /** `INTEGRA_HOST`. @default '127.0.0.1' */
  readonly host: string;
  /** `NODE_ENV !== 'production'`: development credentials are issued and accepted. @default true */
  readonly development: boolean;
  /** `LOG_LEVEL`. @default 'info' */
  readonly logLevel: LogLevel;
  /** `REGISTRY_DATABASE_URL` (+ `REGISTRY_DATABASE_SCHEMA`, @default 'registry') or `REGISTRY_SQLITE_FILE`. @default data/registry.sqlite */
  readonly db: DbConfig;
  /** `REDIS_URL`: announce every new supergraph there. @default { kind: 'none' } */
  readonly notify: NotifyConfig;
  /**
   * Slow and idle clients, and open connections: `INTEGRA_HTTP_HEADERS_TIMEOUT_MS` (10000),
   * `INTEGRA_HTTP_REQUEST_TIMEOUT_MS` (30000), `INTEGRA_HTTP_KEEP_ALIVE_TIMEOUT_MS` (5000),
   * `INTEGRA_HTTP_IDLE_TIMEOUT_MS` (60000), `INTEGRA_HTTP_MAX_CONNECTIONS` (1024). @default DEFAULT_HTTP_LIMITS
   */
  readonly http: HttpLimits;
  /**
   * How partner credentials are verified: the identity provider's keys and issuer, as the gateway
   * verifies bearer tokens, but the registry's own audience `REGISTRY_JWT_AUDIENCE`.
   * @default development keys, audience 'integra-registry'
   */
  readonly auth: BearerConfig;
  /** `INTEGRA_GATEWAY_JWKS_URL`/`_FILE`: the keys that verify the gateways' assertions when they read the supergraph. @default development key */
  readonly gatewayKeys: KeySource;
  /** `REGISTRY_PUBLIC_READS=true`: the read routes answer without a credential. @default false */
  readonly publicReads: boolean;
  /** What an empty registry publishes on its first start. @default every subgraph of schema/subgraphs.ts */
  readonly seed: readonly SeedSubgraph[];
  readonly operations: {
    /** `REGISTRY_OPERATIONS_MANIFEST`: hash -> text. @default clients/__generated__/persisted-documents.json */
    readonly manifestPath: string;
    /** `REGISTRY_OPERATIONS_CLIENT`: the client the manifest's operations are registered for. @default 'integra-client' */
    readonly client: string;
  };
}

function port(raw: Raw | undefined): number {
  if (!raw) return 4100;
  const n = Number(raw.value);
  if (!/^\d+$/.test(raw.value) || n > 65535)
    throw new ConfigError(raw.name, `"${raw.value}" is not a port number`);
  return n;
}

function logLevel(env: Env): LogLevel {
  const raw = pick(undefined, env, 'LOG_LEVEL');
  if (!raw) return 'info';
  const level = raw.value.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(raw.name, `"${raw.value}" is not one of ${LOG_LEVELS.join(', ')}`);
  }
  return level as LogLevel;
}

function database(env: Env): DbConfig {
  // lib/db's reader throws a plain Error; check first so the message names the variable.
  const dbUrl = pick(undefined, env, 'REGISTRY_DATABASE_URL');
  if (dbUrl && !/^postgres(ql)?:\/\//.test(dbUrl.value)) {
    throw new ConfigError(dbUrl.name, `expected a postgres:// URL, got "${dbUrl.value}"`);
  }
  const schema = pick(undefined, env, 'REGISTRY_DATABASE_SCHEMA');
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema.value)) {
    throw new ConfigError(schema.name, `"${schema.value}" is not a plain lower-case identifier`);
  }
  return dbConfigFromEnv('registry', 'REGISTRY', env);
}

function notify(env: Env): NotifyConfig {
  const raw = pick(undefined, env, 'REDIS_URL');
  return raw ? { kind: 'redis', url: url(raw, ['redis:', 'rediss:']) } : { kind: 'none' };
}

/**
 * The subgraphs a fresh registry seeds: every listed one, or those `REGISTRY_SEED_SUBGRAPHS` names
 * (comma-separated), so that the others join later by publishing, as a new partner does.
 */
function seed(env: Env): SeedSubgraph[] {
  const only = pick(undefined, env, 'REGISTRY_SEED_SUBGRAPHS');
  let chosen = subgraphs;
  if (only) {
    const names = only.value
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const unknown = names.filter((name) => !subgraphs.some((entry) => entry.name === name));
    if (names.length === 0 || unknown.length > 0) {
      const listed = subgraphs.map((entry) => entry.name).join(', ');
      throw new ConfigError(
        only.name,
        `${unknown.length > 0 ? `"${unknown.join('", "')}" is not` : 'names no'} subgraph of schema/subgraphs.ts (${listed})`,
      );
    }
    chosen = subgraphs.filter((entry) => names.includes(entry.name));
  }
  return chosen.map((entry) => {
    const raw = pick(undefined, env, `${entry.envPrefix}_URL`);
    return {
      name: entry.name,
      sdlPath: entry.sdlPath,
      routingUrl: raw ? url(raw, ['http:', 'https:']) : defaultUrl(entry, '127.0.0.1'),
      owns: entry.owns,
    };
  });
}

function operations(env: Env): RegistryConfig['operations'] {
  const manifest = pick(undefined, env, 'REGISTRY_OPERATIONS_MANIFEST');
  const manifestPath = manifest ? path.resolve(manifest.value) : defaultOperationsManifest;
  // The default manifest is generated and committed; one named explicitly must exist.
  if (manifest && !existsSync(manifestPath))
    throw new ConfigError(manifest.name, `${manifestPath} does not exist`);
  const client = pick(undefined, env, 'REGISTRY_OPERATIONS_CLIENT');
  if (client && !CLIENT_NAME.test(client.value)) {
    throw new ConfigError(
      client.name,
      `"${client.value}" is not a client name (letters, digits, ".", "_", "-")`,
    );
  }
  return { manifestPath, client: client?.value ?? 'integra-client' };
}

/**
 * Parses the registry's configuration from an environment. Pure: tests pass their own.
 * @throws {ConfigError} naming the first invalid variable
 */
export function parseConfig(env: Env): RegistryConfig {
  const development = env['NODE_ENV'] !== 'production';
  return {
    port: port(pick(undefined, env, 'REGISTRY_PORT')),
    host: pick(undefined, env, 'INTEGRA_HOST')?.value ?? '127.0.0.1',
    development,
    logLevel: logLevel(env),
    db: database(env),
    notify: notify(env),
    http: httpLimitsFromEnv(env),
    auth: registryBearerConfigFromEnv(env, development),
    gatewayKeys: gatewayKeysFromEnv(env, development),
    publicReads: booleanVar(env, 'REGISTRY_PUBLIC_READS', false),
    seed: seed(env),
    operations: operations(env),
  };
}

/** The process's configuration, from `process.env`. Only `main.ts` calls this. */
export function loadConfig(): RegistryConfig {
  return parseConfig(process.env);
}
