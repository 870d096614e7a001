/** The registry's configuration: defaults, and a bad value refused naming its variable. */
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultOperationsManifest, parseConfig } from './config.js';

describe('the registry configuration', () => {
  it('has defaults for development', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      port: 4100,
      host: '127.0.0.1',
      development: true,
      logLevel: 'info',
      db: { dialect: 'sqlite', file: 'data/registry.sqlite' },
      notify: { kind: 'none' },
      auth: {
        kind: 'dev-keys',
        issuer: 'https://integra.dev/issuer',
        audience: 'integra-registry',
        refusedAudiences: ['integra-gateway'],
      },
      gatewayKeys: { kind: 'dev-keys' },
      publicReads: false,
      operations: { manifestPath: defaultOperationsManifest, client: 'integra-client' },
    });
    expect(config.seed.map((s) => [s.name, s.routingUrl])).toEqual([
      ['territories', 'http://127.0.0.1:4001/graphql'],
      ['services', 'http://127.0.0.1:4002/graphql'],
      ['associations', 'http://127.0.0.1:4003/graphql'],
      ['funding', 'http://127.0.0.1:4004/graphql'],
      ['pilot-actions', 'http://127.0.0.1:4005/graphql'],
      ['content', 'http://127.0.0.1:4006/graphql'],
      ['statistics', 'http://127.0.0.1:4007/graphql'],
    ]);
  });

  it('seeds only the subgraphs REGISTRY_SEED_SUBGRAPHS names, in the order of the list', () => {
    const config = parseConfig({ REGISTRY_SEED_SUBGRAPHS: ' services, territories ,' });
    expect(config.seed.map((s) => s.name)).toEqual(['territories', 'services']);
  });

  it('reads PostgreSQL, Redis, seed URLs and the operations client', () => {
    const config = parseConfig({
      REGISTRY_PORT: '4200',
      REGISTRY_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/integra',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PILOT_ACTIONS_URL: 'http://pilot:8080/graphql',
      REGISTRY_OPERATIONS_CLIENT: 'portal-web',
      LOG_LEVEL: 'DEBUG',
    });
    expect(config).toMatchObject({
      port: 4200,
      logLevel: 'debug',
      db: { dialect: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/integra', schema: 'registry' },
      notify: { kind: 'redis', url: 'redis://127.0.0.1:6379' },
      operations: { client: 'portal-web' },
    });
    expect(config.seed.find((s) => s.name === 'pilot-actions')?.routingUrl).toBe('http://pilot:8080/graphql');
    expect(
      parseConfig({ REGISTRY_DATABASE_URL: 'postgres://x/db', REGISTRY_DATABASE_SCHEMA: 'graph_registry' })
        .db,
    ).toMatchObject({ schema: 'graph_registry' });
  });

  it.each([
    [{ REGISTRY_PORT: '70000' }, 'REGISTRY_PORT'],
    [{ REGISTRY_DATABASE_URL: 'mysql://x' }, 'REGISTRY_DATABASE_URL'],
    [
      { REGISTRY_DATABASE_URL: 'postgres://x/db', REGISTRY_DATABASE_SCHEMA: 'Bad-Schema' },
      'REGISTRY_DATABASE_SCHEMA',
    ],
    [{ REDIS_URL: 'http://redis' }, 'REDIS_URL'],
    [{ SERVICES_URL: 'not a url' }, 'SERVICES_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ REGISTRY_OPERATIONS_MANIFEST: '/nowhere/manifest.json' }, 'REGISTRY_OPERATIONS_MANIFEST'],
    [{ REGISTRY_OPERATIONS_CLIENT: 'a b' }, 'REGISTRY_OPERATIONS_CLIENT'],
    [{ REGISTRY_SEED_SUBGRAPHS: 'territories,housing' }, 'REGISTRY_SEED_SUBGRAPHS'],
    [{ REGISTRY_SEED_SUBGRAPHS: ' , ' }, 'REGISTRY_SEED_SUBGRAPHS'],
    [{ NODE_ENV: 'production' }, 'GATEWAY_JWKS_URL'],
  ])('refuses %o naming %s', (env, variable) => {
    let error: unknown;
    try {
      parseConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
  });
});
