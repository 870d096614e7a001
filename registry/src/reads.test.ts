/**
 * Who reads the registry: a partner's registry credential, or a gateway's registry assertion; not
 * an assertion the gateway made for a subgraph, a forged or long-lived one, nor a caller's token for
 * the gateway; anyone when `REGISTRY_PUBLIC_READS=true`.
 */
import { SignJWT, importJWK } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ASSERTION_HEADER,
  ASSERTION_ISSUER,
  createAssertionSigner,
  REGISTRY_ASSERTION_AUDIENCE,
  REGISTRY_ASSERTION_TYPE,
} from '../../lib/auth/assertion.js';
import { DEV_GATEWAY_KEY, DEV_IDENTITY_PROVIDER, mintDevToken, readPrivateJwk } from '../../lib/auth/keys.js';
import { startTestRegistry, type TestRegistry } from './registry.fixture.js';

const gatewayJwk = readPrivateJwk(DEV_GATEWAY_KEY.privateJwkPath);
const signer = createAssertionSigner({ privateJwk: gatewayJwk });
let closed: TestRegistry;
let open: TestRegistry;
beforeAll(async () => {
  [closed, open] = await Promise.all([
    startTestRegistry({ dialect: 'sqlite', file: ':memory:' }),
    startTestRegistry({ dialect: 'sqlite', file: ':memory:' }, { REGISTRY_PUBLIC_READS: 'true' }),
  ]);
});
afterAll(async () => {
  await closed?.dispose();
  await open?.dispose();
});

const read = (registry: TestRegistry, headers: Record<string, string>) =>
  registry.request('GET', '/api/supergraph', { token: null, headers });

/** A registry assertion signed with `jwk`, living `lifetime` seconds. */
async function registryAssertion(jwk = gatewayJwk, lifetime = 60): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: ASSERTION_ISSUER })
    .setProtectedHeader({ alg: 'ES256', typ: REGISTRY_ASSERTION_TYPE, kid: gatewayJwk.kid! })
    .setIssuer(ASSERTION_ISSUER)
    .setAudience(REGISTRY_ASSERTION_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetime)
    .sign(await importJWK(jwk, 'ES256'));
}

it("answers the gateway's registry assertion", async () => {
  expect((await read(closed, { [ASSERTION_HEADER]: await signer.signForRegistry() })).status).toBe(200);
});

it.each([
  ['no credential at all', async () => ({})],
  [
    'the assertion the gateway sends a subgraph named after the registry',
    async () => ({ [ASSERTION_HEADER]: await signer.sign('integra-registry', undefined) }),
  ],
  [
    'a registry assertion living an hour',
    async () => ({ [ASSERTION_HEADER]: await registryAssertion(gatewayJwk, 3600) }),
  ],
  [
    "a registry assertion signed by the identity provider's key",
    async () => ({
      [ASSERTION_HEADER]: await registryAssertion(readPrivateJwk(DEV_IDENTITY_PROVIDER.privateJwkPath)),
    }),
  ],
  [
    "a caller's token for the gateway",
    async () => ({
      authorization: `Bearer ${await mintDevToken({ partner: 'services', issuer: 'https://integra.dev/issuer', audience: 'integra-gateway' })}`,
    }),
  ],
  [
    'a gateway assertion sent as a bearer token',
    async () => ({ authorization: `Bearer ${await signer.signForRegistry()}` }),
  ],
])('refuses %s with 401', async (_name, headers) => {
  expect(await read(closed, await headers())).toMatchObject({
    status: 401,
    body: { error: { code: 'UNAUTHENTICATED' } },
  });
});

it('answers anyone when reads are public, and still refuses to publish without a credential', async () => {
  expect((await read(open, {})).status).toBe(200);
  expect((await open.request('GET', '/api/subgraphs/services/versions/1', { token: null })).status).toBe(200);
  expect(
    (
      await open.publish(
        'services',
        { sdl: 'type Query { a: Int }', routingUrl: 'http://x/graphql' },
        undefined,
      )
    ).status,
  ).toBe(401);
});
