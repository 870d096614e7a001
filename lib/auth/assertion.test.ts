/**
 * How long a gateway assertion is worth: a subgraph (and the registry) refuses one declaring a
 * lifetime over 5 minutes, one without `iat`, one issued in the future, even signed by the
 * gateway's real key; and an assertion for a subgraph is never one for the registry, or back.
 */
import { SignJWT, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  ASSERTION_ISSUER,
  createAssertionSigner,
  createAssertionVerifier,
  createRegistryAssertionVerifier,
  REGISTRY_ASSERTION_TYPE,
} from './assertion.js';
import { DEV_GATEWAY_KEY, keyResolver, readPrivateJwk } from './keys.js';

const privateJwk = readPrivateJwk(DEV_GATEWAY_KEY.privateJwkPath);
const getKey = keyResolver({ kind: 'dev-keys' }, DEV_GATEWAY_KEY);
const verify = createAssertionVerifier({ subgraph: 'services', getKey });
const verifyRegistry = createRegistryAssertionVerifier({ getKey });
const now = () => Math.floor(Date.now() / 1000);

/** An assertion signed with the gateway's key, with the given times (`iat: undefined`: none). */
async function assertion(
  times: { iat?: number; exp: number },
  audience = 'services',
  typ = 'JWT',
): Promise<string> {
  const jwt = new SignJWT({ sub: 'anonymous', anonymous: true })
    .setProtectedHeader({ alg: 'ES256', typ, kid: privateJwk.kid! })
    .setIssuer(ASSERTION_ISSUER)
    .setAudience(audience)
    .setExpirationTime(times.exp);
  if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
  return jwt.sign(await importJWK(privateJwk, 'ES256'));
}

describe('the lifetime of a gateway assertion', () => {
  it('accepts one of a minute, as the gateway signs them', async () => {
    expect(await verify(await assertion({ iat: now(), exp: now() + 60 }))).toEqual({ caller: undefined });
    expect(await verify(await createAssertionSigner({ privateJwk }).sign('services', undefined))).toEqual({
      caller: undefined,
    });
  });

  it.each([
    ['an hour long', { iat: now(), exp: now() + 3600 }, /lives 3600 s, more than 300 s/],
    ['five minutes and a second', { iat: now(), exp: now() + 301 }, /lives 301 s/],
    ['without iat', { exp: now() + 60 }, /"iat" claim/],
    ['issued an hour from now', { iat: now() + 3600, exp: now() + 3660 }, /issued in the future/],
  ])('refuses one %s, though signed by the gateway key', async (_name, times, reason) => {
    await expect(verify(await assertion(times))).rejects.toThrow(reason);
    await expect(
      verifyRegistry(await assertion(times, 'integra-registry', REGISTRY_ASSERTION_TYPE)),
    ).rejects.toThrow(reason);
  });

  it('is never signed longer than 5 minutes', () => {
    expect(() => createAssertionSigner({ privateJwk, ttlSeconds: 3600 })).toThrow(/300 s at most/);
  });
});

describe('the registry assertion', () => {
  it('is accepted by the registry and by no subgraph, even one named after the registry', async () => {
    const token = await createAssertionSigner({ privateJwk }).signForRegistry();
    await expect(verifyRegistry(token)).resolves.toBeUndefined();
    await expect(createAssertionVerifier({ subgraph: 'integra-registry', getKey })(token)).rejects.toThrow(
      /meant for the schema registry/,
    );
  });

  it('is not what a subgraph named after the registry receives', async () => {
    const forSubgraph = await createAssertionSigner({ privateJwk }).sign('integra-registry', undefined);
    await expect(verifyRegistry(forSubgraph)).rejects.toThrow(/"typ"/);
  });
});
