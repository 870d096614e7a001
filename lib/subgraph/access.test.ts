import { gql } from 'graphql-tag';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSERTION_HEADER, ASSERTION_ISSUER, createAssertionSigner } from '../auth/assertion.js';
import type { Caller } from '../auth/caller.js';
import { DEV_GATEWAY_KEY, mintDevToken, readPrivateJwk } from '../auth/keys.js';
import { silentLogger } from '../log.js';
import { createSubgraphMetrics } from '../metrics.js';
import { accessConfigFromEnv, type SubgraphAccessConfig } from './access.js';
import { createSubgraphServer, type SubgraphServer } from './server.js';

const typeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@requiresScopes", "@authenticated"])
  type Query {
    whoami: String!
    secret: String @requiresScopes(scopes: [["secret:read"]])
    notes: String @authenticated
  }
`;
const resolvers = {
  Query: {
    whoami: (_: unknown, __: unknown, { caller }: { caller: Caller | undefined }) =>
      caller ? `${caller.partner}:${caller.subject}` : 'anonymous',
    secret: () => 'classified',
    notes: () => 'notes',
  },
};

const signer = createAssertionSigner({ privateJwk: readPrivateJwk(DEV_GATEWAY_KEY.privateJwkPath) });
const funding: Caller = { subject: 'u1', partner: 'funding', scopes: ['secret:read'], region: undefined };

async function start(access: SubgraphAccessConfig): Promise<{ server: SubgraphServer; url: string }> {
  const server = await createSubgraphServer({
    name: 'services',
    typeDefs,
    resolvers,
    createContext: ({ caller }) => ({ caller }),
    access,
    metrics: createSubgraphMetrics('services', false),
    log: silentLogger(),
  });
  return { server, url: await server.listen(0) };
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

describe('a subgraph behind the gateway (no direct access)', () => {
  let url: string;
  let server: SubgraphServer;
  beforeAll(async () => ({ server, url } = await start(accessConfigFromEnv('SERVICES', {}))));
  afterAll(() => server?.dispose());

  it('refuses a request that does not come through the gateway with 401 UNAUTHENTICATED', async () => {
    const response = await post(url, '{ whoami }');
    expect(response.status).toBe(401);
    expect(response.body.errors).toEqual([
      {
        message: 'The services subgraph answers only requests that come through the gateway',
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
    // A bearer token does not open the door either: only the gateway's assertion does.
    const token = await mintDevToken({
      partner: 'services',
      issuer: 'https://integra.dev/issuer',
      audience: 'integra-gateway',
    });
    expect((await post(url, '{ whoami }', { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('answers the caller the gateway asserts, or an anonymous one', async () => {
    expect(
      (await post(url, '{ whoami }', { [ASSERTION_HEADER]: await signer.sign('services', funding) })).body,
    ).toEqual({ data: { whoami: 'funding:u1' } });
    expect(
      (await post(url, '{ whoami }', { [ASSERTION_HEADER]: await signer.sign('services', undefined) })).body,
    ).toEqual({ data: { whoami: 'anonymous' } });
  });

  it.each<[string, () => Promise<string>, RegExp]>([
    ['meant for another subgraph', () => signer.sign('funding', funding), /aud/],
    [
      'signed by another key',
      async () => {
        const { privateKey } = await generateKeyPair('ES256', { extractable: true });
        const jwk = {
          ...(await exportJWK(privateKey)),
          alg: 'ES256',
          kid: readPrivateJwk(DEV_GATEWAY_KEY.privateJwkPath).kid,
        };
        return createAssertionSigner({ privateJwk: jwk }).sign('services', funding);
      },
      /signature/,
    ],
    [
      'expired',
      async () => {
        const key = readPrivateJwk(DEV_GATEWAY_KEY.privateJwkPath);
        const { importJWK } = await import('jose');
        const now = Math.floor(Date.now() / 1000);
        return new SignJWT({ anonymous: true })
          .setProtectedHeader({ alg: 'ES256', kid: key.kid })
          .setIssuer(ASSERTION_ISSUER)
          .setAudience('services')
          .setIssuedAt(now - 600)
          .setExpirationTime(now - 300)
          .sign(await importJWK(key, 'ES256'));
      },
      /expired/,
    ],
    ['garbage', async () => 'not.a.jwt', /not valid/],
  ])('refuses an assertion %s with 401', async (_name, make, reason) => {
    const response = await post(url, '{ whoami }', { [ASSERTION_HEADER]: await make() });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.errors?.[0]?.message).toMatch(reason);
  });

  it('enforces @requiresScopes and @authenticated again, whatever the gateway did', async () => {
    const anonymous = await post(url, '{ whoami secret notes }', {
      [ASSERTION_HEADER]: await signer.sign('services', undefined),
    });
    expect(anonymous.body.data).toEqual({ whoami: 'anonymous', secret: null, notes: null });
    expect(anonymous.body.errors?.map((e) => e.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    const noScope = await post(url, '{ secret notes }', {
      [ASSERTION_HEADER]: await signer.sign('services', { ...funding, scopes: [] }),
    });
    expect(noScope.body.data).toEqual({ secret: null, notes: 'notes' });
    expect(noScope.body.errors?.[0]).toMatchObject({
      message: 'Query.secret requires the scope secret:read',
      extensions: { code: 'FORBIDDEN' },
    });
    const allowed = await post(url, '{ secret }', {
      [ASSERTION_HEADER]: await signer.sign('services', funding),
    });
    expect(allowed.body).toEqual({ data: { secret: 'classified' } });
  });
});

describe('a subgraph open to direct access (<PREFIX>_DIRECT_ACCESS=true)', () => {
  let url: string;
  let server: SubgraphServer;
  beforeAll(
    async () =>
      ({ server, url } = await start(accessConfigFromEnv('SERVICES', { SERVICES_DIRECT_ACCESS: 'true' }))),
  );
  afterAll(() => server?.dispose());

  it("answers anonymous requests and verifies a direct caller's bearer token itself", async () => {
    expect((await post(url, '{ whoami }')).body).toEqual({ data: { whoami: 'anonymous' } });
    const token = await mintDevToken({
      partner: 'associations',
      subject: 'direct',
      issuer: 'https://integra.dev/issuer',
      audience: 'integra-gateway',
    });
    expect((await post(url, '{ whoami }', { authorization: `Bearer ${token}` })).body).toEqual({
      data: { whoami: 'associations:direct' },
    });
    const expired = await mintDevToken({
      partner: 'associations',
      ttlSeconds: -60,
      issuer: 'https://integra.dev/issuer',
      audience: 'integra-gateway',
    });
    const refused = await post(url, '{ whoami }', { authorization: `Bearer ${expired}` });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]).toEqual({
      message: 'The token has expired',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('access configuration', () => {
  it('refuses the development gateway key in production, naming the variable', () => {
    expect(() => accessConfigFromEnv('SERVICES', { NODE_ENV: 'production' })).toThrow(
      /INTEGRA_GATEWAY_JWKS_URL/,
    );
    expect(
      accessConfigFromEnv('SERVICES', {
        NODE_ENV: 'production',
        INTEGRA_GATEWAY_JWKS_URL: 'http://gateway:4000/.well-known/jwks.json',
      }),
    ).toEqual({
      gatewayKeys: { kind: 'jwks-url', url: 'http://gateway:4000/.well-known/jwks.json' },
      direct: false,
      development: false,
    });
    expect(() => accessConfigFromEnv('SERVICES', { SERVICES_DIRECT_ACCESS: 'yes' })).toThrow(
      /SERVICES_DIRECT_ACCESS/,
    );
  });
});
