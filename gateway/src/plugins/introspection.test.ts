import { afterAll, describe, expect, it } from 'vitest';
import { regionGateways, type TestGateway } from '../testing/harness.js';

const introspection = '{ __schema { queryType { name } } }';

// Ad-hoc operations: trusted documents (on by default in production) are not what this tests.
const pool = regionGateways('Lombardia', { GATEWAY_TRUSTED_DOCUMENTS: 'off' });
afterAll(() => pool.dispose());
const start = (env: Record<string, string> = {}): Promise<TestGateway> => pool.start(env);

describe('introspectionPlugin', () => {
  it.each<[string, Record<string, string>]>([
    ['in development', {}],
    ['in production with INTROSPECTION=true', { NODE_ENV: 'production', INTROSPECTION: 'true' }],
  ])('answers introspection %s', async (_name, env) => {
    const response = await (await start(env)).query(introspection);
    expect(response).toMatchObject({
      status: 200,
      body: { data: { __schema: { queryType: { name: 'Query' } } } },
    });
  });

  it.each<[string, Record<string, string>]>([
    ['in production', { NODE_ENV: 'production' }],
    ['in development with INTROSPECTION=false', { INTROSPECTION: 'false' }],
  ])('refuses introspection %s with a 400, and still answers queries', async (_name, env) => {
    const gateway = await start(env);
    const response = await gateway.query(introspection);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await gateway.query('{ region(code: "03") { name } }')).body).toEqual({
      data: { region: { name: 'Lombardia' } },
    });
  });
});
