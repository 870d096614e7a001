/**
 * Development credentials: a development registry issues one for any valid subgraph name, and it
 * works there; a production registry issues none, and refuses those of development.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEV_GATEWAY_KEY, DEV_IDENTITY_PROVIDER } from '../../../lib/auth/keys.js';
import { describeEachDialect } from '../../../test/dialects.js';
import { seedSdl, startTestRegistry, type TestRegistry } from '../registry.fixture.js';

describeEachDialect('development credentials', (dialect) => {
  let development: TestRegistry;
  let production: TestRegistry;
  beforeAll(async () => {
    development = await startTestRegistry(dialect.config('registry-dev'));
    // A JWKS that lists the development key: production refuses tokens it signed anyway.
    production = await startTestRegistry(dialect.config('registry-prod'), {
      NODE_ENV: 'production',
      GATEWAY_JWKS_FILE: DEV_IDENTITY_PROVIDER.publicJwksPath,
      INTEGRA_GATEWAY_JWKS_FILE: DEV_GATEWAY_KEY.publicJwksPath,
    });
  });
  afterAll(async () => {
    await development?.dispose();
    await production?.dispose();
  });

  it('are issued in development, for a known or a new subgraph, and accepted there', async () => {
    const issued = await development.request<{ token: string }>('GET', '/api/dev-token/services');
    expect(issued.status).toBe(200);
    const payload = JSON.parse(
      Buffer.from(issued.body.token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as Record<string, unknown>;
    expect(payload).toMatchObject({
      partner: 'services',
      scope: 'registry:publish',
      sub: 'dev:services',
      aud: 'integra-registry',
    });
    expect(Number(payload['exp']) - Number(payload['iat'])).toBe(12 * 3600);
    const check = await development.request('POST', '/api/subgraphs/services/check', {
      body: { sdl: seedSdl('services') },
      token: issued.body.token,
    });
    expect(check).toMatchObject({ status: 200, body: { report: { ok: true } } });
    expect((await development.request('GET', '/api/dev-token/housing-offers')).status).toBe(200);
    expect(await development.request('GET', '/api/dev-token/Not_A_Name')).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_REQUEST' } },
    });
  });

  it('as a client application: registers its own operations only, and publishes nothing', async () => {
    const issued = await development.request<{ token: string }>('GET', '/api/dev-token/my-app?as=client');
    expect(issued.status).toBe(200);
    const token = issued.body.token;
    const text = `query MyAppRegion { region(code: "03") { code } }`;
    const own = await development.request('POST', '/api/clients/my-app/operations', {
      body: { version: '1.0.0', operations: [{ name: 'MyAppRegion', text }] },
      token,
    });
    expect(own.status).toBe(200);
    const other = await development.request('POST', '/api/clients/integra-client/operations', {
      body: { operations: [{ name: 'MyAppRegion', text }] },
      token,
    });
    expect(other.status).toBe(403);
    const publish = await development.request('POST', '/api/subgraphs/services/check', {
      body: { sdl: seedSdl('services') },
      token,
    });
    expect(publish.status).toBe(403);
    expect((await development.request('GET', '/api/dev-token/my-app?as=admin')).status).toBe(400);
  });

  it('are refused in production', async () => {
    expect(await production.request('GET', '/api/dev-token/services')).toEqual(
      expect.objectContaining({
        status: 403,
        body: {
          error: {
            code: 'FORBIDDEN',
            message: 'A production registry does not issue development credentials',
          },
        },
      }),
    );
    const token = (await development.request<{ token: string }>('GET', '/api/dev-token/services')).body.token;
    const check = await production.request('POST', '/api/subgraphs/services/check', {
      body: { sdl: seedSdl('services') },
      token,
    });
    expect(check).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: 'Development tokens are refused in production' } },
    });
  });
});
