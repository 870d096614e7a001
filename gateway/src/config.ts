/**
 * The gateway's configuration: the only place in the gateway that reads `process.env` and
 * `process.argv` (`loadConfig`; everything else receives the parsed object, and `heap.ts` the
 * environment its launcher passes). Everything is parsed once into a typed object; a bad value
 * fails fast with a message that names the variable (or flag) to fix.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { subgraphs, supergraphPath } from '../../schema/subgraphs.js';
import type { BearerConfig } from '../../lib/auth/bearer.js';
import { bearerConfigFromEnv } from '../../lib/auth/env.js';
import {
  booleanVar,
  ConfigError,
  integer,
  integerVar,
  pick,
  url,
  type Env,
  type Raw,
} from '../../lib/config.js';
import { httpLimitsFromEnv, type HttpLimits } from '../../lib/http/server.js';
import { tracingConfigFromEnv, type TracingConfig } from '../../lib/telemetry/tracing.js';
import { subgraphNameOf } from '../../lib/subgraph/envPrefix.js';

export { ConfigError } from '../../lib/config.js';
import type { OperationLimits } from './plugins/operationLimits.js';
import type { CorsConfig } from './plugins/cors.js';
import { trafficConfig, type TrafficConfig } from './trafficConfig.js';
import { rateLimitConfig, type RateLimitConfig } from './rateLimitConfig.js';

/** Where the supergraph comes from: a composed file, or the schema registry (followed as partners publish). */
export type SupergraphSource =
  | { readonly kind: 'file'; readonly path: string }
  | {
      readonly kind: 'registry';
      /** `--registry URL` or `GATEWAY_REGISTRY_URL`: the registry's base URL, e.g. `http://127.0.0.1:4100`. */
      readonly url: string;
      /** `GATEWAY_REGISTRY_POLL_MS`. @default 2000, or 15000 when Redis announces new versions */
      readonly pollIntervalMs: number;
      /** `REDIS_URL`: listen to the registry's announcements there. @default undefined (polling only) */
      readonly redisUrl: string | undefined;
      /** `GATEWAY_REGISTRY_START_TIMEOUT_MS`: how long to wait for the registry at start. @default 30000 */
      readonly startTimeoutMs: number;
    };

/** Apollo Server's cache (automatic persisted queries): in-process, or shared through Redis. */
export type CacheConfig = { readonly kind: 'memory' } | { readonly kind: 'redis'; readonly url: string };

/**
 * The data caches, driven by the subgraphs' cache hints and invalidated by every write: whole query
 * answers (`responses`) and `_entities` entities (`entities`), in process within `maxMiB` or shared
 * through Redis. Off (`kind: 'off'`) when neither is wanted.
 */
export type ResponseCacheConfig =
  | { readonly kind: 'off' }
  | ({ readonly responses: boolean; readonly entities: boolean } & (
      { readonly kind: 'memory'; readonly maxMiB: number } | { readonly kind: 'redis'; readonly url: string }
    ));

/** The manifest `npm run codegen` writes: the typed client's operations, by sha256 hash. */
export const persistedDocumentsPath = fileURLToPath(
  new URL('../../clients/__generated__/persisted-documents.json', import.meta.url),
);

export const TRUSTED_DOCUMENTS_MODES = ['off', 'allow-listed'] as const;
/** Which operations run: any valid one, or only those of the manifest and the registry's trusted list (by hash or by text). */
export type TrustedDocumentsConfig =
  | { readonly mode: 'off' }
  | {
      readonly mode: 'allow-listed';
      readonly manifestPath: string;
      /**
       * `GATEWAY_TRUSTED_DOCUMENTS_REGISTRY`: also trust the operations clients registered with the
       * registry the supergraph comes from (`GET /api/trusted-documents`), polled as the supergraph is.
       * @default the supergraph's registry when it comes from one; undefined (the manifest only) otherwise
       */
      readonly registry: { readonly url: string; readonly pollIntervalMs: number } | undefined;
    };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * How bearer tokens are verified: the committed development key pair (refused in production), a
 * JWKS URL (`GATEWAY_JWKS_URL`) or a JWKS file (`GATEWAY_JWKS_FILE`); `GATEWAY_JWT_ISSUER` and
 * `GATEWAY_JWT_AUDIENCE`.
 */
export type AuthConfig = BearerConfig;

/**
 * The private key that signs the identity assertions the gateway sends subgraphs: the committed
 * development key (refused in production) or `GATEWAY_ASSERTION_KEY_FILE` (a private JWK).
 */
export type AssertionKeyConfig =
  { readonly kind: 'dev-keys' } | { readonly kind: 'file'; readonly path: string };

export interface GatewayConfig {
  /** `--port N` or `GATEWAY_PORT`. @default 4000 */
  readonly port: number;
  /** `INTEGRA_HOST` (not `HOST`, which shells often set to the machine's name). @default '127.0.0.1' */
  readonly host: string;
  /** `--supergraph FILE` or `SUPERGRAPH_PATH`, or `--registry URL` or `GATEWAY_REGISTRY_URL`. @default the file schema/supergraph.graphql */
  readonly supergraph: SupergraphSource;
  readonly subgraphs: {
    /**
     * Routing URL overrides by subgraph name, from `<ENVPREFIX>_URL` (e.g. `PILOT_ACTIONS_URL`), for
     * any subgraph of the supergraph, listed in `schema/subgraphs.ts` or published through the registry. @default {}
     */
    readonly urls: Readonly<Record<string, string>>;
    /** Timeouts, retries, circuit breakers and caps, per subgraph (see `trafficConfig.ts`). */
    readonly traffic: TrafficConfig;
    /** `GATEWAY_DEDUP`: identical in-flight query fetches share one request. @default true */
    readonly dedup: boolean;
    /**
     * `GATEWAY_MERGE_FETCHES`: the query fetches of one client request to one subgraph that leave
     * together (one level of the plan) go as one operation (`fetchMerging/`). Not with the entity
     * cache, which reads one `_entities` fetch at a time. @default true
     */
    readonly mergeFetches: boolean;
    /**
     * `GATEWAY_OWN_EXECUTOR`: query plans run by the gateway's own executor (`execution/`), Apollo
     * Gateway's where it leaves them (introspection, `@defer`); `false`: Apollo's for every plan. @default true
     */
    readonly ownExecutor: boolean;
  };
  /** `REDIS_URL` selects Redis. @default { kind: 'memory' } */
  readonly cache: CacheConfig;
  /** Requests and cost per caller and window (see `rateLimitConfig.ts`); on in production, in Redis with `REDIS_URL`. */
  readonly rateLimits: RateLimitConfig;
  /** OpenTelemetry: `OTEL_EXPORTER_OTLP_ENDPOINT` exports spans; without it, trace context only (`lib/telemetry/tracing.ts`). */
  readonly tracing: TracingConfig;
  /**
   * `GATEWAY_RESPONSE_CACHE` (`true` or `false`): keep whole query answers as long as the subgraphs'
   * cache hints allow, apart per caller and language; `GATEWAY_ENTITY_CACHE` (`true` or `false`):
   * keep the entities subgraphs resolve, per representation, likewise (off by default: on the
   * benchmark, where deduplication already collapses entity fetches, it costs more CPU than it
   * saves; it pays off with slow or distant subgraphs). Every mutation through the
   * gateway that a subgraph reports done invalidates both. In Redis with `REDIS_URL` (shared by every replica), else in process,
   * together bounded by `GATEWAY_RESPONSE_CACHE_MAX_MIB` (32). Off by default when
   * `GATEWAY_WORKERS` is above 1 without Redis, and refused there: a write through one worker would
   * not invalidate the others' caches.
   * @default { kind: 'memory', maxMiB: 32, responses: true, entities: false }
   */
  readonly responseCache: ResponseCacheConfig;
  /** `NODE_ENV !== 'production'`: show error details and stack traces. @default true */
  readonly development: boolean;
  /** `LOG_LEVEL`. @default 'info' */
  readonly logLevel: LogLevel;
  /**
   * `GATEWAY_HEAP_GROWTH_PERCENT`: how far V8 lets the heap grow past what survived the last full
   * collection before collecting again (V8's `--heap-growing-percent`); 0 leaves it to V8, which
   * under load lets an allocation-heavy gateway grow to several times its live data. Lower: less
   * memory, more collections. @default 50 (see docs/benchmark.md: same throughput, far less RSS)
   */
  readonly heapGrowthPercent: number;
  /**
   * `GATEWAY_WORKERS`: how many processes serve the port (node:cluster), an integer or `auto` (one
   * per CPU the process may use, `os.availableParallelism()`). Above 1, the first process only
   * supervises: it forks the workers, replaces one that dies and stops them on SIGINT/SIGTERM.
   * @default 1 (this process serves)
   */
  readonly workers: number;
  /**
   * What one operation may ask for; over a limit, the request is refused with HTTP 400.
   * `GATEWAY_MAX_DEPTH` (12), `GATEWAY_MAX_ALIASES` (15), `GATEWAY_MAX_TOKENS` (1000),
   * `GATEWAY_MAX_DIRECTIVES` (50), `GATEWAY_MAX_DOCUMENT_CHARS` (10000).
   */
  readonly operationLimits: OperationLimits;
  /**
   * Demand control: an operation whose estimated cost (Apollo's cost model on the subgraphs'
   * `@cost` and `@listSize`, with the variables as given) is over `GATEWAY_MAX_COST` is refused
   * with HTTP 400 before it is planned; `GATEWAY_DEFAULT_LIST_SIZE` is the size of a list whose
   * `@listSize` gives none (100: the largest page a subgraph serves). The default limit is 3.4 times
   * the dearest registered operation's estimate (CommunityAssociationsRunningServices, 8,703; every
   * one is priced with its pages at 100 in `cost/estimate.test.ts`), and under a sixtieth of three
   * nested `services(first: 100)` lists (2,050,301).
   * @default { maxCost: 30000, defaultListSize: 100 }
   */
  readonly demandControl: { readonly maxCost: number; readonly defaultListSize: number };
  /**
   * The caches keyed by operation, each a bounded LRU: `GATEWAY_PLAN_CACHE_MIB`, Apollo Gateway's
   * query plans (a miss re-plans: milliseconds of CPU), and `GATEWAY_DOCUMENT_CACHE_MIB`, Apollo
   * Server's parsed and validated documents (a miss re-parses: far cheaper). MiB as Apollo weighs
   * an entry, by its JSON size; full, they take about 3 times that on the heap (docs/operators.md, "Memory").
   * `GATEWAY_WARM_PLANS`: plan every registered operation on each supergraph before it serves (at
   * start and at every swap), so the first requests after a publish find their plans (`plugins/warmPlans/`).
   * @default { queryPlansMiB: 32, documentsMiB: 16, warmPlans: true }
   */
  readonly operationCaches: {
    readonly queryPlansMiB: number;
    readonly documentsMiB: number;
    readonly warmPlans: boolean;
  };
  /**
   * `GATEWAY_TRUSTED_DOCUMENTS` (`off` or `allow-listed`) and `GATEWAY_TRUSTED_DOCUMENTS_FILE` (the
   * manifest). @default off in development, allow-listed in production, clients/__generated__/persisted-documents.json
   */
  readonly trustedDocuments: TrustedDocumentsConfig;
  /**
   * `GATEWAY_APQ_TTL_SECONDS`: how long an automatic persisted query stays registered when trusted
   * documents are off (with them on, the gateway has no automatic persisted queries at all).
   * @default 86400 (a day)
   */
  readonly apqTtlSeconds: number;
  /**
   * Slow and idle clients, and open connections (per process, so per worker):
   * `INTEGRA_HTTP_HEADERS_TIMEOUT_MS` (10000), `INTEGRA_HTTP_REQUEST_TIMEOUT_MS` (30000),
   * `INTEGRA_HTTP_KEEP_ALIVE_TIMEOUT_MS` (5000), `INTEGRA_HTTP_IDLE_TIMEOUT_MS` (60000),
   * `INTEGRA_HTTP_MAX_CONNECTIONS` (1024). @default DEFAULT_HTTP_LIMITS
   */
  readonly http: HttpLimits;

  readonly request: {
    /** `GATEWAY_MAX_BODY_BYTES`: the largest request body; larger ones get HTTP 413. @default 1048576 (1 MB) */
    readonly maxBodyBytes: number;
    /** `GATEWAY_ALLOW_BATCHING`: accept a JSON array of operations in one request. @default false */
    readonly allowBatching: boolean;
  };
  /**
   * `GATEWAY_COMPRESSION` and `GATEWAY_COMPRESSION_MIN_BYTES`: compress `/graphql` responses of at
   * least `minBytes` for clients that send `Accept-Encoding`. Off by default: on loopback or a
   * local network it only costs CPU; it is meant for clients across real networks.
   * @default { enabled: false, minBytes: 1024 }
   */
  readonly compression: { readonly enabled: boolean; readonly minBytes: number };
  /** `INTROSPECTION`: answer `__schema`/`__type` queries. @default true in development, false in production */
  readonly introspection: boolean;
  /**
   * `GATEWAY_EXPLORER`: serve the explorer (GraphiQL, bundled from npm) to a browser's GET of `/graphql`.
   * @default true in development, false in production
   */
  readonly explorer: boolean;
  /**
   * `GATEWAY_SCHEMA_DOWNLOAD`: serve `GET /schema.graphql`, the API schema served now. The graph's
   * schema is public (`schema/api.graphql` is committed), so production may turn it on without
   * introspection. @default the value of `introspection`
   */
  readonly schemaDownload: boolean;
  /**
   * Browsers on other origins: `GATEWAY_CORS_ORIGINS` (a comma list of exact origins, e.g.
   * `https://portal.example.it`), `GATEWAY_CORS_CREDENTIALS` (`true`: cookies and HTTP auth),
   * `GATEWAY_CORS_MAX_AGE_SECONDS` (how long a browser keeps a preflight's answer). In development
   * any `localhost`, `127.0.0.1` or `[::1]` origin is allowed too.
   * @default { origins: [], localhost: development, credentials: false, maxAgeSeconds: 600 }
   */
  readonly cors: CorsConfig;
  /** Bearer-token verification. @default { kind: 'dev-keys' } in development; a JWKS is required in production */
  readonly auth: AuthConfig;
  /** `GATEWAY_ASSERTION_KEY_FILE`. @default { kind: 'dev-keys' } in development; required in production */
  readonly assertionKey: AssertionKeyConfig;
}

/** The gateway's flags, each with a value; every setting also has a variable (see `GatewayConfig`). */
const FLAG_OPTIONS = {
  port: { type: 'string' },
  supergraph: { type: 'string' },
  registry: { type: 'string' },
} as const;
type Flag = `--${keyof typeof FLAG_OPTIONS}`;
const FLAGS = Object.keys(FLAG_OPTIONS).map((name) => `--${name}`);

/**
 * Reads `--flag value` and `--flag=value` with `node:util`'s `parseArgs`, as the CLI does. Parsed
 * leniently so the error is the gateway's own, naming the argument: an unknown flag, a stray
 * argument, a flag without its value. (`--port -1` is a value, refused as a port below.)
 */
function parseArgv(argv: readonly string[]): Partial<Record<Flag, string>> {
  const { values, tokens } = parseArgs({
    args: [...argv],
    options: FLAG_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional')
      throw new ConfigError(token.value, `unexpected argument (the gateway takes ${FLAGS.join(', ')})`);
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(FLAG_OPTIONS, token.name))
      throw new ConfigError(token.rawName, `unknown flag (the gateway takes ${FLAGS.join(', ')})`);
    if (token.value === undefined || token.value === '')
      throw new ConfigError(token.rawName, 'a value is required');
  }
  const flags: Partial<Record<Flag, string>> = {};
  for (const [name, value] of Object.entries(values))
    if (typeof value === 'string') flags[`--${name}` as Flag] = value;
  return flags;
}

/** `GATEWAY_WORKERS`: a count, or `auto` for one per available CPU. */
function workers(env: Env): number {
  const raw = pick(undefined, env, 'GATEWAY_WORKERS');
  if (!raw) return 1;
  if (raw.value.toLowerCase() === 'auto') return availableParallelism();
  return integer(raw, 1, 1024);
}

function operationLimits(env: Env): GatewayConfig['operationLimits'] {
  return {
    depth: integerVar(env, 'GATEWAY_MAX_DEPTH', 12, 1, 1000),
    aliases: integerVar(env, 'GATEWAY_MAX_ALIASES', 15, 0, 10_000),
    tokens: integerVar(env, 'GATEWAY_MAX_TOKENS', 1000, 1, 1_000_000),
    directives: integerVar(env, 'GATEWAY_MAX_DIRECTIVES', 50, 0, 10_000),
    documentChars: integerVar(env, 'GATEWAY_MAX_DOCUMENT_CHARS', 10_000, 1, 10_000_000),
  };
}

/**
 * `<ENVPREFIX>_URL` for any subgraph the supergraph may name, listed in `schema/subgraphs.ts` or
 * not (a partner's, published through the registry): `CULTURE_URL` routes `culture`. The graph's
 * own variables (`GATEWAY_*_URL`, `REDIS_URL`) name no subgraph. A listed subgraph's variable must
 * be an http(s) URL; another `_URL` variable that is not one (a database's, in a shared
 * environment) is someone else's and left alone.
 */
function subgraphUrls(env: Env): Record<string, string> {
  const listed = new Set(subgraphs.map((s) => s.name));
  const urls: Record<string, string> = {};
  for (const variable of Object.keys(env).sort()) {
    const prefix = /^([A-Z][A-Z0-9_]*)_URL$/.exec(variable)?.[1];
    if (!prefix || prefix === 'REDIS' || prefix.startsWith('GATEWAY_')) continue;
    const name = subgraphNameOf(prefix);
    const raw = pick(undefined, env, variable);
    if (!name || !raw) continue;
    if (listed.has(name) || /^https?:\/\//i.test(raw.value)) urls[name] = url(raw, ['http:', 'https:']);
  }
  return urls;
}

function registrySource(raw: Raw, env: Env): SupergraphSource {
  const redisUrl = pick(undefined, env, 'REDIS_URL');
  return {
    kind: 'registry',
    url: url(raw, ['http:', 'https:']),
    pollIntervalMs: integerVar(env, 'GATEWAY_REGISTRY_POLL_MS', redisUrl ? 15_000 : 2000, 100, 3_600_000),
    redisUrl: redisUrl ? url(redisUrl, ['redis:', 'rediss:']) : undefined,
    startTimeoutMs: integerVar(env, 'GATEWAY_REGISTRY_START_TIMEOUT_MS', 30_000, 0, 3_600_000),
  };
}

function assertionKey(env: Env, development: boolean): AssertionKeyConfig {
  const file = pick(undefined, env, 'GATEWAY_ASSERTION_KEY_FILE');
  if (file) {
    const resolved = path.resolve(file.value);
    if (!existsSync(resolved)) throw new ConfigError(file.name, `${resolved} does not exist`);
    return { kind: 'file', path: resolved };
  }
  if (!development) {
    throw new ConfigError(
      'GATEWAY_ASSERTION_KEY_FILE',
      'the private key that signs identity assertions for the subgraphs is required when NODE_ENV=production; the development key is refused',
    );
  }
  return { kind: 'dev-keys' };
}

function cache(env: Env): CacheConfig {
  const raw = pick(undefined, env, 'REDIS_URL');
  return raw ? { kind: 'redis', url: url(raw, ['redis:', 'rediss:']) } : { kind: 'memory' };
}

/** Where answers and entities are cached: where the APQ cache is (`REDIS_URL`), unless off or unsafe per worker. */
function responseCache(env: Env, store: CacheConfig, workerCount: number): ResponseCacheConfig {
  const shared = store.kind === 'redis' || workerCount === 1;
  const maxMiB = integerVar(env, 'GATEWAY_RESPONSE_CACHE_MAX_MIB', 32, 1, 65_536);
  const kept = {
    responses: booleanVar(env, 'GATEWAY_RESPONSE_CACHE', shared),
    entities: booleanVar(env, 'GATEWAY_ENTITY_CACHE', false),
  };
  if (!kept.responses && !kept.entities) return { kind: 'off' };
  if (!shared) {
    throw new ConfigError(
      kept.responses ? 'GATEWAY_RESPONSE_CACHE' : 'GATEWAY_ENTITY_CACHE',
      'with GATEWAY_WORKERS above 1 it needs REDIS_URL: each worker would keep its own cache, and a write through one would not invalidate the others',
    );
  }
  return store.kind === 'redis'
    ? { kind: 'redis', url: store.url, ...kept }
    : { kind: 'memory', maxMiB, ...kept };
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

/** `GATEWAY_CORS_*`: each origin exactly as a browser sends it (scheme, host, port if not the default; no path). */
function cors(env: Env, development: boolean): CorsConfig {
  const raw = pick(undefined, env, 'GATEWAY_CORS_ORIGINS');
  const origins = (raw?.value.split(',') ?? []).map((entry) => entry.trim()).filter(Boolean);
  for (const origin of origins) {
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        'GATEWAY_CORS_ORIGINS',
        `"${origin}" is not an origin (e.g. https://portal.example.it, without path or trailing slash)`,
      );
    }
  }
  return {
    origins,
    localhost: development,
    credentials: booleanVar(env, 'GATEWAY_CORS_CREDENTIALS', false),
    maxAgeSeconds: integerVar(env, 'GATEWAY_CORS_MAX_AGE_SECONDS', 600, 0, 86_400),
  };
}

function trustedDocuments(
  env: Env,
  development: boolean,
  supergraph: SupergraphSource,
): TrustedDocumentsConfig {
  const raw = pick(undefined, env, 'GATEWAY_TRUSTED_DOCUMENTS');
  const mode = raw ? raw.value.toLowerCase() : development ? 'off' : 'allow-listed';
  if (!(TRUSTED_DOCUMENTS_MODES as readonly string[]).includes(mode)) {
    throw new ConfigError(
      'GATEWAY_TRUSTED_DOCUMENTS',
      `"${raw?.value}" is not one of ${TRUSTED_DOCUMENTS_MODES.join(', ')}`,
    );
  }
  if (mode === 'off') return { mode: 'off' };
  const file = pick(undefined, env, 'GATEWAY_TRUSTED_DOCUMENTS_FILE');
  const manifestPath = file ? path.resolve(file.value) : persistedDocumentsPath;
  if (!existsSync(manifestPath)) {
    throw new ConfigError(
      'GATEWAY_TRUSTED_DOCUMENTS_FILE',
      `${manifestPath} does not exist (run \`npm run codegen\`)`,
    );
  }
  const fromRegistry = booleanVar(env, 'GATEWAY_TRUSTED_DOCUMENTS_REGISTRY', supergraph.kind === 'registry');
  if (fromRegistry && supergraph.kind !== 'registry')
    throw new ConfigError(
      'GATEWAY_TRUSTED_DOCUMENTS_REGISTRY',
      "the registry's trusted list is read from the registry the supergraph comes from: set GATEWAY_REGISTRY_URL",
    );
  const registry =
    supergraph.kind === 'registry' && fromRegistry
      ? { url: supergraph.url, pollIntervalMs: supergraph.pollIntervalMs }
      : undefined;
  return { mode: 'allow-listed', manifestPath, registry };
}

/**
 * Parses the gateway's configuration from command-line arguments (without `node` and the script)
 * and an environment. Pure: tests pass their own `argv` and `env`.
 * @throws {ConfigError} naming the first invalid variable or flag
 */
export function parseConfig(argv: readonly string[], env: Env): GatewayConfig {
  const flags = parseArgv(argv);
  const asRaw = (name: Flag): Raw | undefined => {
    const value = flags[name];
    return value === undefined ? undefined : { name, value };
  };
  const port = pick(asRaw('--port'), env, 'GATEWAY_PORT');
  const supergraph = pick(asRaw('--supergraph'), env, 'SUPERGRAPH_PATH');
  const registry = pick(asRaw('--registry'), env, 'GATEWAY_REGISTRY_URL');
  if (supergraph && registry)
    throw new ConfigError(
      registry.name,
      `the supergraph comes from a file (${supergraph.name}) or from the registry, not both`,
    );
  const development = env['NODE_ENV'] !== 'production';
  const store = cache(env);
  const workerCount = workers(env);
  const kept = responseCache(env, store, workerCount);
  return {
    port: port ? integer(port, 0, 65535) : 4000,
    host: pick(undefined, env, 'INTEGRA_HOST')?.value ?? '127.0.0.1',
    supergraph: registry
      ? registrySource(registry, env)
      : { kind: 'file', path: supergraph ? path.resolve(supergraph.value) : supergraphPath },
    subgraphs: {
      urls: subgraphUrls(env),
      traffic: trafficConfig(env),
      dedup: booleanVar(env, 'GATEWAY_DEDUP', true),
      // The entity cache reads one `_entities` fetch at a time: with it, fetches are not merged.
      mergeFetches: booleanVar(env, 'GATEWAY_MERGE_FETCHES', true) && !(kept.kind !== 'off' && kept.entities),
      ownExecutor: booleanVar(env, 'GATEWAY_OWN_EXECUTOR', true),
    },
    cache: store,
    rateLimits: rateLimitConfig(env, development),
    tracing: tracingConfigFromEnv(env),
    responseCache: kept,
    development,
    logLevel: logLevel(env),
    heapGrowthPercent: integerVar(env, 'GATEWAY_HEAP_GROWTH_PERCENT', 50, 0, 1000),
    workers: workerCount,
    trustedDocuments: trustedDocuments(
      env,
      development,
      registry ? registrySource(registry, env) : { kind: 'file', path: supergraphPath },
    ),
    apqTtlSeconds: integerVar(env, 'GATEWAY_APQ_TTL_SECONDS', 86_400, 1, 31_536_000),
    operationLimits: operationLimits(env),
    demandControl: {
      maxCost: integerVar(env, 'GATEWAY_MAX_COST', 30_000, 1, 1_000_000_000),
      defaultListSize: integerVar(env, 'GATEWAY_DEFAULT_LIST_SIZE', 100, 0, 1_000_000),
    },
    operationCaches: {
      queryPlansMiB: integerVar(env, 'GATEWAY_PLAN_CACHE_MIB', 32, 1, 4096),
      documentsMiB: integerVar(env, 'GATEWAY_DOCUMENT_CACHE_MIB', 16, 1, 4096),
      warmPlans: booleanVar(env, 'GATEWAY_WARM_PLANS', true),
    },
    http: httpLimitsFromEnv(env),
    request: {
      maxBodyBytes: integerVar(env, 'GATEWAY_MAX_BODY_BYTES', 1024 * 1024, 1, 1024 * 1024 * 1024),
      allowBatching: booleanVar(env, 'GATEWAY_ALLOW_BATCHING', false),
    },
    compression: {
      enabled: booleanVar(env, 'GATEWAY_COMPRESSION', false),
      minBytes: integerVar(env, 'GATEWAY_COMPRESSION_MIN_BYTES', 1024, 0, 1024 * 1024 * 1024),
    },
    introspection: booleanVar(env, 'INTROSPECTION', development),
    explorer: booleanVar(env, 'GATEWAY_EXPLORER', development),
    schemaDownload: booleanVar(env, 'GATEWAY_SCHEMA_DOWNLOAD', booleanVar(env, 'INTROSPECTION', development)),
    cors: cors(env, development),
    auth: bearerConfigFromEnv(env, development),
    assertionKey: assertionKey(env, development),
  };
}

/** The process's configuration, from `process.argv` and `process.env`. Only `main.ts` calls this. */
export function loadConfig(): GatewayConfig {
  return parseConfig(process.argv.slice(2), process.env);
}
