import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { supergraphPath } from '../../schema/subgraphs.js';
import { ConfigError, parseConfig, persistedDocumentsPath } from './config.js';
import { DEFAULT_TRAFFIC_POLICY } from './trafficConfig.js';

function configError(argv: string[], env: Record<string, string>): ConfigError {
  try {
    parseConfig(argv, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('defaults to the committed supergraph on 127.0.0.1:4000 with an in-memory cache', () => {
    expect(parseConfig([], {})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      supergraph: { kind: 'file', path: supergraphPath },
      subgraphs: {
        urls: {},
        traffic: { defaults: DEFAULT_TRAFFIC_POLICY, bySubgraph: {} },
        dedup: true,
        mergeFetches: true,
        ownExecutor: true,
      },
      cache: { kind: 'memory' },
      rateLimits: { enabled: false, trustedProxies: false },
      tracing: { kind: 'context-only' },
      responseCache: { kind: 'memory', maxMiB: 32, responses: true, entities: false },
      development: true,
      logLevel: 'info',
      heapGrowthPercent: 50,
      workers: 1,
      compression: { enabled: false, minBytes: 1024 },
      operationLimits: { depth: 12, aliases: 15, tokens: 1000, directives: 50, documentChars: 10_000 },
      demandControl: { maxCost: 30_000, defaultListSize: 100 },
      operationCaches: { queryPlansMiB: 32, documentsMiB: 16, warmPlans: true },
      request: { maxBodyBytes: 1024 * 1024, allowBatching: false },
      http: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        keepAliveTimeoutMs: 5_000,
        idleTimeoutMs: 60_000,
        maxConnections: 1024,
        drainDelayMs: 0,
        shutdownTimeoutMs: 10_000,
      },
      introspection: true,
      schemaDownload: true,
      cors: { origins: [], localhost: true, credentials: false, maxAgeSeconds: 600 },
      explorer: true,
      trustedDocuments: { mode: 'off' },
      apqTtlSeconds: 86_400,
      auth: {
        kind: 'dev-keys',
        issuer: 'https://integra.dev/issuer',
        audience: 'integra-gateway',
        refusedAudiences: ['integra-registry'],
      },
      assertionKey: { kind: 'dev-keys' },
    });
  });

  it('reads every variable', () => {
    const config = parseConfig([], {
      GATEWAY_PORT: '8080',
      INTEGRA_HOST: '0.0.0.0',
      SUPERGRAPH_PATH: 'other/supergraph.graphql',
      SERVICES_URL: 'http://services.internal:9000/graphql',
      PILOT_ACTIONS_URL: 'https://pilot.example.org/graphql',
      REDIS_URL: 'redis://cache:6379/2',
      SUBGRAPH_TIMEOUT_MS: '2500',
      GATEWAY_RATE_LIMIT_REQUESTS: '100',
      SERVICES_RATE_LIMIT_COST: '5000',
      GATEWAY_TRUSTED_PROXIES: 'loopback',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      GATEWAY_DEDUP: 'false',
      GATEWAY_MERGE_FETCHES: 'false',
      GATEWAY_OWN_EXECUTOR: 'false',
      GATEWAY_RESPONSE_CACHE: 'true',
      GATEWAY_RESPONSE_CACHE_MAX_MIB: '16',
      NODE_ENV: 'production',
      LOG_LEVEL: 'WARN',
      GATEWAY_HEAP_GROWTH_PERCENT: '0',
      GATEWAY_WORKERS: '3',
      GATEWAY_COMPRESSION: 'true',
      GATEWAY_COMPRESSION_MIN_BYTES: '2048',
      GATEWAY_MAX_DEPTH: '8',
      GATEWAY_MAX_ALIASES: '5',
      GATEWAY_MAX_TOKENS: '500',
      GATEWAY_MAX_DIRECTIVES: '10',
      GATEWAY_MAX_COST: '2000',
      GATEWAY_DEFAULT_LIST_SIZE: '25',
      GATEWAY_MAX_DOCUMENT_CHARS: '4000',
      GATEWAY_PLAN_CACHE_MIB: '128',
      GATEWAY_DOCUMENT_CACHE_MIB: '8',
      GATEWAY_WARM_PLANS: 'false',
      GATEWAY_MAX_BODY_BYTES: '65536',
      GATEWAY_ALLOW_BATCHING: 'true',
      GATEWAY_APQ_TTL_SECONDS: '600',
      INTEGRA_HTTP_HEADERS_TIMEOUT_MS: '2000',
      INTEGRA_HTTP_REQUEST_TIMEOUT_MS: '4000',
      INTEGRA_HTTP_KEEP_ALIVE_TIMEOUT_MS: '6000',
      INTEGRA_HTTP_IDLE_TIMEOUT_MS: '8000',
      INTEGRA_HTTP_MAX_CONNECTIONS: '64',
      INTROSPECTION: 'TRUE',
      GATEWAY_SCHEMA_DOWNLOAD: 'false',
      GATEWAY_CORS_ORIGINS: 'https://portal.example.it',
      GATEWAY_CORS_CREDENTIALS: 'true',
      GATEWAY_CORS_MAX_AGE_SECONDS: '60',
      GATEWAY_EXPLORER: 'true',
      GATEWAY_JWKS_URL: 'https://id.example.org/.well-known/jwks.json',
      GATEWAY_JWT_ISSUER: 'https://id.example.org/',
      GATEWAY_JWT_AUDIENCE: 'integra',
      GATEWAY_ASSERTION_KEY_FILE: 'dev-keys/gateway/private-key.jwk.json',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      supergraph: { kind: 'file', path: path.resolve('other/supergraph.graphql') },
      subgraphs: {
        urls: {
          services: 'http://services.internal:9000/graphql',
          'pilot-actions': 'https://pilot.example.org/graphql',
        },
        traffic: { defaults: { ...DEFAULT_TRAFFIC_POLICY, timeoutMs: 2500 }, bySubgraph: {} },
        dedup: false,
        mergeFetches: false,
        ownExecutor: false,
      },
      cache: { kind: 'redis', url: 'redis://cache:6379/2' },
      rateLimits: {
        enabled: true,
        windowSeconds: 60,
        defaults: { requests: 100, cost: 600_000 },
        byPartner: { services: { requests: 100, cost: 5000 } },
        trustedProxies: 'loopback',
      },
      tracing: { kind: 'export', url: 'http://collector:4318/v1/traces', ratio: 1 },
      responseCache: { kind: 'redis', url: 'redis://cache:6379/2', responses: true, entities: false },
      development: false,
      logLevel: 'warn',
      heapGrowthPercent: 0,
      workers: 3,
      compression: { enabled: true, minBytes: 2048 },
      operationLimits: { depth: 8, aliases: 5, tokens: 500, directives: 10, documentChars: 4000 },
      demandControl: { maxCost: 2000, defaultListSize: 25 },
      operationCaches: { queryPlansMiB: 128, documentsMiB: 8, warmPlans: false },
      request: { maxBodyBytes: 65_536, allowBatching: true },
      http: {
        headersTimeoutMs: 2000,
        requestTimeoutMs: 4000,
        keepAliveTimeoutMs: 6000,
        idleTimeoutMs: 8000,
        maxConnections: 64,
        drainDelayMs: 0,
        shutdownTimeoutMs: 10_000,
      },
      introspection: true,
      schemaDownload: false,
      cors: {
        origins: ['https://portal.example.it'],
        localhost: false,
        credentials: true,
        maxAgeSeconds: 60,
      },
      explorer: true,
      trustedDocuments: { mode: 'allow-listed', manifestPath: persistedDocumentsPath },
      apqTtlSeconds: 600,
      auth: {
        kind: 'jwks-url',
        url: 'https://id.example.org/.well-known/jwks.json',
        issuer: 'https://id.example.org/',
        audience: 'integra',
        refusedAudiences: ['integra-registry'],
      },
      assertionKey: { kind: 'file', path: path.resolve('dev-keys/gateway/private-key.jwk.json') },
    });
  });

  it('serves the explorer in development, and in production only with GATEWAY_EXPLORER=true', () => {
    const production = {
      NODE_ENV: 'production',
      GATEWAY_JWKS_FILE: 'jwks.json',
      GATEWAY_ASSERTION_KEY_FILE: 'package.json',
    };
    expect(parseConfig([], {}).explorer).toBe(true);
    expect(parseConfig([], production).explorer).toBe(false);
    expect(parseConfig([], { ...production, GATEWAY_EXPLORER: 'true' }).explorer).toBe(true);
    expect(parseConfig([], { GATEWAY_EXPLORER: 'false' }).explorer).toBe(false);
  });

  it('turns introspection off in production unless INTROSPECTION says otherwise', () => {
    const production = {
      NODE_ENV: 'production',
      GATEWAY_JWKS_FILE: 'jwks.json',
      GATEWAY_ASSERTION_KEY_FILE: 'package.json',
    };
    expect(parseConfig([], production).introspection).toBe(false);
    expect(parseConfig([], { ...production, INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(parseConfig([], { INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('serves the schema download with introspection unless GATEWAY_SCHEMA_DOWNLOAD says otherwise', () => {
    const production = {
      NODE_ENV: 'production',
      GATEWAY_JWKS_FILE: 'jwks.json',
      GATEWAY_ASSERTION_KEY_FILE: 'package.json',
    };
    expect(parseConfig([], production).schemaDownload).toBe(false);
    expect(parseConfig([], { ...production, INTROSPECTION: 'true' }).schemaDownload).toBe(true);
    expect(parseConfig([], { ...production, GATEWAY_SCHEMA_DOWNLOAD: 'true' }).schemaDownload).toBe(true);
    expect(parseConfig([], { GATEWAY_SCHEMA_DOWNLOAD: 'false' }).schemaDownload).toBe(false);
  });

  it('turns trusted documents on in production unless GATEWAY_TRUSTED_DOCUMENTS says otherwise', () => {
    const production = {
      NODE_ENV: 'production',
      GATEWAY_JWKS_FILE: 'jwks.json',
      GATEWAY_ASSERTION_KEY_FILE: 'package.json',
    };
    expect(parseConfig([], {}).trustedDocuments).toEqual({ mode: 'off' });
    expect(parseConfig([], { ...production, GATEWAY_TRUSTED_DOCUMENTS: 'off' }).trustedDocuments).toEqual({
      mode: 'off',
    });
    expect(
      parseConfig([], {
        GATEWAY_TRUSTED_DOCUMENTS: 'Allow-Listed',
        GATEWAY_TRUSTED_DOCUMENTS_FILE: 'schema/subgraphs.ts',
      }).trustedDocuments,
    ).toEqual({
      mode: 'allow-listed',
      manifestPath: path.resolve('schema/subgraphs.ts'),
    });
  });

  it('refuses an unknown trusted-documents mode and a missing manifest, naming the variable', () => {
    expect(configError([], { GATEWAY_TRUSTED_DOCUMENTS: 'strict' }).variable).toBe(
      'GATEWAY_TRUSTED_DOCUMENTS',
    );
    const missing = configError([], {
      GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed',
      GATEWAY_TRUSTED_DOCUMENTS_FILE: 'no/such/manifest.json',
    });
    expect(missing.variable).toBe('GATEWAY_TRUSTED_DOCUMENTS_FILE');
    expect(missing.message).toMatch(/does not exist/);
  });

  it("trusts the registry's list when the supergraph comes from it, unless GATEWAY_TRUSTED_DOCUMENTS_REGISTRY=false", () => {
    const on = { GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed', GATEWAY_REGISTRY_POLL_MS: '700' };
    const registry = ['--registry', 'http://127.0.0.1:4100'];
    expect(parseConfig(registry, on).trustedDocuments).toEqual({
      mode: 'allow-listed',
      manifestPath: persistedDocumentsPath,
      registry: { url: 'http://127.0.0.1:4100', pollIntervalMs: 700 },
    });
    const off = { ...on, GATEWAY_TRUSTED_DOCUMENTS_REGISTRY: 'false' };
    expect(parseConfig(registry, off).trustedDocuments).toMatchObject({ registry: undefined });
    expect(parseConfig([], on).trustedDocuments).toMatchObject({ registry: undefined });
    expect(configError([], { ...on, GATEWAY_TRUSTED_DOCUMENTS_REGISTRY: 'true' }).variable).toBe(
      'GATEWAY_TRUSTED_DOCUMENTS_REGISTRY',
    );
  });

  it('reads a JWKS file, resolved from the working directory', () => {
    expect(parseConfig([], { GATEWAY_JWKS_FILE: 'keys/jwks.json' }).auth).toEqual({
      kind: 'jwks-file',
      path: path.resolve('keys/jwks.json'),
      issuer: 'https://integra.dev/issuer',
      audience: 'integra-gateway',
      refusedAudiences: ['integra-registry'],
    });
  });

  it('refuses one audience for the gateway and the registry, naming the variable set', () => {
    expect(() => parseConfig([], { GATEWAY_JWT_AUDIENCE: 'integra-registry' })).toThrow(
      /Invalid GATEWAY_JWT_AUDIENCE: the gateway's and the registry's audiences are both "integra-registry"/,
    );
    expect(() =>
      parseConfig([], { GATEWAY_JWT_AUDIENCE: 'integra', REGISTRY_JWT_AUDIENCE: 'integra' }),
    ).toThrow(/Invalid REGISTRY_JWT_AUDIENCE/);
  });

  it('refuses the development keys in production, naming the variable to set', () => {
    const error = configError([], { NODE_ENV: 'production' });
    expect(error.variable).toBe('GATEWAY_JWKS_URL');
    expect(error.message).toMatch(/GATEWAY_JWKS_URL.*GATEWAY_JWKS_FILE/);
  });

  it('takes the supergraph from the registry with --registry or GATEWAY_REGISTRY_URL, never with a file as well', () => {
    expect(parseConfig(['--registry', 'http://127.0.0.1:4100'], {}).supergraph).toEqual({
      kind: 'registry',
      url: 'http://127.0.0.1:4100',
      pollIntervalMs: 2000,
      redisUrl: undefined,
      startTimeoutMs: 30_000,
    });
    expect(
      parseConfig([], {
        GATEWAY_REGISTRY_URL: 'https://registry.internal',
        REDIS_URL: 'redis://cache:6379',
        GATEWAY_REGISTRY_POLL_MS: '500',
      }).supergraph,
    ).toEqual({
      kind: 'registry',
      url: 'https://registry.internal',
      pollIntervalMs: 500,
      redisUrl: 'redis://cache:6379',
      startTimeoutMs: 30_000,
    });
    expect(
      parseConfig([], { GATEWAY_REGISTRY_URL: 'https://registry.internal', REDIS_URL: 'redis://cache:6379' })
        .supergraph,
    ).toMatchObject({ pollIntervalMs: 15_000 });
    expect(configError(['--registry', 'http://r', '--supergraph', 'x.graphql'], {}).variable).toBe(
      '--registry',
    );
    expect(configError([], { GATEWAY_REGISTRY_URL: 'ftp://registry' }).variable).toBe('GATEWAY_REGISTRY_URL');
  });

  it('refuses the development assertion key in production, and an assertion key file that does not exist', () => {
    expect(configError([], { NODE_ENV: 'production', GATEWAY_JWKS_FILE: 'jwks.json' }).variable).toBe(
      'GATEWAY_ASSERTION_KEY_FILE',
    );
    const missing = configError([], { GATEWAY_ASSERTION_KEY_FILE: 'no/such/key.json' });
    expect(missing.variable).toBe('GATEWAY_ASSERTION_KEY_FILE');
    expect(missing.message).toMatch(/does not exist/);
  });

  it('refuses both a JWKS URL and a JWKS file, and a JWKS URL that is not http(s)', () => {
    expect(
      configError([], { GATEWAY_JWKS_URL: 'https://id.example.org/jwks', GATEWAY_JWKS_FILE: 'jwks.json' })
        .variable,
    ).toBe('GATEWAY_JWKS_FILE');
    expect(configError([], { GATEWAY_JWKS_URL: 'ftp://id.example.org/jwks' }).variable).toBe(
      'GATEWAY_JWKS_URL',
    );
  });

  it('prefers flags over variables, in both --flag value and --flag=value forms', () => {
    const env = { GATEWAY_PORT: '8080', SUPERGRAPH_PATH: 'from-env.graphql' };
    expect(parseConfig(['--port', '5000', '--supergraph', '/tmp/s.graphql'], env)).toMatchObject({
      port: 5000,
      supergraph: { kind: 'file', path: '/tmp/s.graphql' },
    });
    expect(parseConfig(['--port=0', '--supergraph=/tmp/t.graphql'], env)).toMatchObject({
      port: 0,
      supergraph: { path: '/tmp/t.graphql' },
    });
  });

  it('ignores empty variables', () => {
    expect(parseConfig([], { GATEWAY_PORT: '', REDIS_URL: ' ', SERVICES_URL: '' })).toMatchObject({
      port: 4000,
      cache: { kind: 'memory' },
      subgraphs: { urls: {} },
    });
  });

  it('keeps answers and entities where the APQ cache is, each off on request, and both off per worker without Redis', () => {
    const answers = { responses: true, entities: false };
    expect(parseConfig([], { GATEWAY_RESPONSE_CACHE_MAX_MIB: '8' }).responseCache).toEqual({
      kind: 'memory',
      maxMiB: 8,
      ...answers,
    });
    expect(parseConfig([], { REDIS_URL: 'redis://cache:6379' }).responseCache).toEqual({
      kind: 'redis',
      url: 'redis://cache:6379',
      ...answers,
    });
    expect(
      parseConfig([], {
        GATEWAY_RESPONSE_CACHE: 'FALSE',
        GATEWAY_ENTITY_CACHE: 'true',
        REDIS_URL: 'redis://cache:6379',
      }).responseCache,
    ).toEqual({
      kind: 'redis',
      url: 'redis://cache:6379',
      responses: false,
      entities: true,
    });
    expect(parseConfig([], { GATEWAY_RESPONSE_CACHE: 'false' }).responseCache).toEqual({ kind: 'off' });
    expect(parseConfig([], { GATEWAY_ENTITY_CACHE: 'true' }).responseCache).toEqual({
      kind: 'memory',
      maxMiB: 32,
      responses: true,
      entities: true,
    });
    // The entity cache reads one `_entities` fetch at a time: with it on, fetches are not merged.
    expect(parseConfig([], { GATEWAY_ENTITY_CACHE: 'true' }).subgraphs.mergeFetches).toBe(false);
    expect(parseConfig([], { GATEWAY_RESPONSE_CACHE: 'true' }).subgraphs.mergeFetches).toBe(true);
    expect(parseConfig([], { GATEWAY_WORKERS: '2' }).responseCache).toEqual({ kind: 'off' });
    expect(parseConfig([], { GATEWAY_WORKERS: '2', REDIS_URL: 'redis://cache:6379' }).responseCache).toEqual({
      kind: 'redis',
      url: 'redis://cache:6379',
      ...answers,
    });
    const perWorker = configError([], { GATEWAY_WORKERS: '2', GATEWAY_RESPONSE_CACHE: 'true' });
    expect(perWorker.variable).toBe('GATEWAY_RESPONSE_CACHE');
    expect(perWorker.message).toMatch(/needs REDIS_URL/);
    expect(configError([], { GATEWAY_WORKERS: '2', GATEWAY_ENTITY_CACHE: 'true' }).variable).toBe(
      'GATEWAY_ENTITY_CACHE',
    );
  });

  it('runs one worker per available CPU with GATEWAY_WORKERS=auto', () => {
    // Counted by coreutils, not by the call the code makes: the CPUs this process may run on.
    const cpus = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
    expect(parseConfig([], { GATEWAY_WORKERS: 'auto' }).workers).toBe(cpus);
    expect(parseConfig([], { GATEWAY_WORKERS: 'AUTO' }).workers).toBe(cpus);
    expect(parseConfig([], { GATEWAY_WORKERS: '1' }).workers).toBe(1);
  });

  it('compresses from GATEWAY_COMPRESSION_MIN_BYTES bytes, only when GATEWAY_COMPRESSION is true', () => {
    expect(parseConfig([], { GATEWAY_COMPRESSION: 'TRUE' }).compression).toEqual({
      enabled: true,
      minBytes: 1024,
    });
    expect(parseConfig([], { GATEWAY_COMPRESSION_MIN_BYTES: '0' }).compression).toEqual({
      enabled: false,
      minBytes: 0,
    });
  });

  it('takes <ENVPREFIX>_URL for a subgraph schema/subgraphs.ts does not list, and leaves other _URL variables alone', () => {
    const env = {
      CULTURE_URL: 'https://culture.example.org/graphql',
      HOUSING_OFFERS_URL: 'http://127.0.0.1:4010/graphql',
      SERVICES_DATABASE_URL: 'postgres://db/services',
      GATEWAY_REGISTRY_URL: 'http://127.0.0.1:4100',
      GATEWAY_JWKS_URL: 'https://id.example.org/jwks',
      REDIS_URL: 'redis://cache:6379',
    };
    expect(parseConfig([], env).subgraphs.urls).toEqual({
      culture: 'https://culture.example.org/graphql',
      'housing-offers': 'http://127.0.0.1:4010/graphql',
    });
  });

  it('names the flags it takes when given one it does not know', () => {
    expect(configError(['--port', '4000', '--supergraph-file', 'x.graphql'], {}).message).toBe(
      'Invalid --supergraph-file: unknown flag (the gateway takes --port, --supergraph, --registry)',
    );
  });

  it.each([
    [[], { GATEWAY_PORT: 'abc' }, 'GATEWAY_PORT'],
    [[], { GATEWAY_PORT: '70000' }, 'GATEWAY_PORT'],
    [['--port', '-1'], {}, '--port'],
    [['--port'], {}, '--port'],
    [['--supergraph'], {}, '--supergraph'],
    [['--verbose'], {}, '--verbose'],
    [['--port='], {}, '--port'],
    [['-p', '4000'], {}, '-p'],
    [['gateway.graphql'], {}, 'gateway.graphql'],
    [[], { SUBGRAPH_TIMEOUT_MS: '0' }, 'SUBGRAPH_TIMEOUT_MS'],
    [[], { SUBGRAPH_TIMEOUT_MS: '1.5s' }, 'SUBGRAPH_TIMEOUT_MS'],
    [[], { REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [[], { REDIS_URL: 'http://cache:6379' }, 'REDIS_URL'],
    [[], { SERVICES_URL: 'not a url' }, 'SERVICES_URL'],
    [[], { PILOT_ACTIONS_URL: 'ftp://pilot/graphql' }, 'PILOT_ACTIONS_URL'],
    [[], { LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [[], { GATEWAY_HEAP_GROWTH_PERCENT: '-1' }, 'GATEWAY_HEAP_GROWTH_PERCENT'],
    [[], { GATEWAY_MAX_DEPTH: '0' }, 'GATEWAY_MAX_DEPTH'],
    [[], { GATEWAY_MAX_ALIASES: 'many' }, 'GATEWAY_MAX_ALIASES'],
    [[], { GATEWAY_MAX_TOKENS: '-5' }, 'GATEWAY_MAX_TOKENS'],
    [[], { GATEWAY_MAX_DIRECTIVES: '2.5' }, 'GATEWAY_MAX_DIRECTIVES'],
    [[], { GATEWAY_MAX_COST: '0' }, 'GATEWAY_MAX_COST'],
    [[], { GATEWAY_MAX_DOCUMENT_CHARS: '10k' }, 'GATEWAY_MAX_DOCUMENT_CHARS'],
    [[], { GATEWAY_PLAN_CACHE_MIB: '0' }, 'GATEWAY_PLAN_CACHE_MIB'],
    [[], { GATEWAY_PLAN_CACHE_MIB: '64MiB' }, 'GATEWAY_PLAN_CACHE_MIB'],
    [[], { GATEWAY_DOCUMENT_CACHE_MIB: '5000' }, 'GATEWAY_DOCUMENT_CACHE_MIB'],
    [[], { GATEWAY_WARM_PLANS: 'yes' }, 'GATEWAY_WARM_PLANS'],
    [[], { GATEWAY_MAX_BODY_BYTES: '1mb' }, 'GATEWAY_MAX_BODY_BYTES'],
    [[], { GATEWAY_ALLOW_BATCHING: 'yes' }, 'GATEWAY_ALLOW_BATCHING'],
    [[], { GATEWAY_RESPONSE_CACHE: 'yes' }, 'GATEWAY_RESPONSE_CACHE'],
    [[], { GATEWAY_RESPONSE_CACHE_MAX_MIB: '0' }, 'GATEWAY_RESPONSE_CACHE_MAX_MIB'],
    [[], { GATEWAY_RESPONSE_CACHE_MAX_MIB: '1.5' }, 'GATEWAY_RESPONSE_CACHE_MAX_MIB'],
    [[], { GATEWAY_WORKERS: '0' }, 'GATEWAY_WORKERS'],
    [[], { GATEWAY_WORKERS: 'many' }, 'GATEWAY_WORKERS'],
    [[], { GATEWAY_COMPRESSION: 'gzip' }, 'GATEWAY_COMPRESSION'],
    [[], { GATEWAY_COMPRESSION_MIN_BYTES: '1kb' }, 'GATEWAY_COMPRESSION_MIN_BYTES'],
    [[], { INTROSPECTION: '1' }, 'INTROSPECTION'],
    [[], { GATEWAY_SCHEMA_DOWNLOAD: 'yes' }, 'GATEWAY_SCHEMA_DOWNLOAD'],
    [[], { GATEWAY_CORS_ORIGINS: '*' }, 'GATEWAY_CORS_ORIGINS'],
    [[], { GATEWAY_CORS_ORIGINS: 'https://portal.example.it/' }, 'GATEWAY_CORS_ORIGINS'],
    [[], { GATEWAY_CORS_ORIGINS: 'portal.example.it' }, 'GATEWAY_CORS_ORIGINS'],
    [[], { GATEWAY_CORS_ORIGINS: 'null' }, 'GATEWAY_CORS_ORIGINS'],
    [[], { GATEWAY_CORS_CREDENTIALS: 'yes' }, 'GATEWAY_CORS_CREDENTIALS'],
    [[], { GATEWAY_CORS_MAX_AGE_SECONDS: '10m' }, 'GATEWAY_CORS_MAX_AGE_SECONDS'],
    [[], { GATEWAY_EXPLORER: 'on' }, 'GATEWAY_EXPLORER'],
  ] as [string[], Record<string, string>, string][])('rejects %j %j naming %s', (argv, env, variable) => {
    const error = configError(argv, env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });
});
