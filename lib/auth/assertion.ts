/**
 * The gateway's identity assertion: how a subgraph learns, in a form it verifies itself, that a
 * request came through the gateway and who sent it. The gateway signs a short-lived JWT (ES256,
 * its own key, never the identity provider's) for each subgraph it calls, with that subgraph's
 * name as audience: the caller's identity claims, or `anonymous: true`. A subgraph verifies it
 * against the gateway's public JWKS (a file, or the gateway's `GET /.well-known/jwks.json`).
 * Only the gateway holds the private key, so no other partner can mint one.
 */
import {
  SignJWT,
  decodeProtectedHeader,
  errors,
  importJWK,
  jwtVerify,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { callerOf, claimsOf, InvalidIdentityError, type Caller } from './caller.js';
import { DEV_GATEWAY_KEY, devKeyIds, keyResolver, KeysUnavailableError, type KeySource } from './keys.js';

/** The request header that carries the assertion. */
export const ASSERTION_HEADER = 'x-integra-gateway-assertion';
/** The assertion's issuer. */
export const ASSERTION_ISSUER = 'integra-gateway';
/** The audience of the assertion a gateway sends the schema registry to read the supergraph. */
export const REGISTRY_ASSERTION_AUDIENCE = 'integra-registry';
/**
 * The JWT type (`typ` header) of the registry assertion. A subgraph's assertions are `JWT`, so one
 * sent to a subgraph (even one named after the registry) is never accepted by the registry.
 */
export const REGISTRY_ASSERTION_TYPE = 'integra-registry+jwt';
/** The longest lifetime (`exp - iat`) an assertion may declare. */
export const MAX_ASSERTION_LIFETIME_SECONDS = 300;

export interface AssertionSignerOptions {
  /** The gateway's private JWK (with its `kid` and `alg`). */
  readonly privateJwk: JWK;
  /** How long an assertion is valid. @default 60 */
  readonly ttlSeconds?: number;
  /** How many signed assertions are reused (per caller and subgraph) while fresh. @default 1000 */
  readonly cacheSize?: number;
}

export interface AssertionSigner {
  /** An assertion for `subgraph` that the request comes from `caller` (`undefined`: anonymous). */
  sign(subgraph: string, caller: Caller | undefined): Promise<string>;
  /** An assertion for the schema registry that the request comes from this gateway (no caller). */
  signForRegistry(): Promise<string>;
}

/**
 * Signs assertions. A signed assertion is reused for the same caller and subgraph during the first
 * half of its life, so a busy gateway signs a few per minute, not one per fetch.
 */
export function createAssertionSigner(options: AssertionSignerOptions): AssertionSigner {
  const ttl = options.ttlSeconds ?? 60;
  const cacheSize = options.cacheSize ?? 1000;
  const alg = options.privateJwk.alg ?? 'ES256';
  const key = importJWK(options.privateJwk, alg);
  const cache = new Map<string, { token: string; reuseUntilMs: number }>();
  if (ttl > MAX_ASSERTION_LIFETIME_SECONDS)
    throw new Error(`An assertion may live ${MAX_ASSERTION_LIFETIME_SECONDS} s at most, not ${ttl}`);

  const cached = async (
    cacheKey: string,
    claims: Record<string, unknown>,
    audience: string,
    typ: string,
  ): Promise<string> => {
    const now = Date.now();
    const hit = cache.get(cacheKey);
    if (hit && hit.reuseUntilMs > now) return hit.token;
    const issuedAt = Math.floor(now / 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg, typ, ...(options.privateJwk.kid ? { kid: options.privateJwk.kid } : {}) })
      .setIssuer(ASSERTION_ISSUER)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ttl)
      .sign(await key);
    cache.delete(cacheKey);
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
    cache.set(cacheKey, { token, reuseUntilMs: now + (ttl * 1000) / 2 });
    return token;
  };

  return {
    sign(subgraph, caller) {
      const claims = caller ? claimsOf(caller) : { sub: 'anonymous', anonymous: true };
      return cached(JSON.stringify([subgraph, caller ? claims : null]), claims, subgraph, 'JWT');
    },
    signForRegistry() {
      return cached(
        JSON.stringify([REGISTRY_ASSERTION_TYPE]),
        { sub: ASSERTION_ISSUER },
        REGISTRY_ASSERTION_AUDIENCE,
        REGISTRY_ASSERTION_TYPE,
      );
    },
  };
}

/** A verified assertion: the caller it names, `undefined` for an anonymous request. */
export interface VerifiedAssertion {
  readonly caller: Caller | undefined;
}

/** The assertion is not valid: the request did not come through this graph's gateway. */
export class InvalidAssertionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidAssertionError';
  }
}

export interface AssertionVerifierOptions {
  /** The subgraph's name: the audience its assertions carry. */
  readonly subgraph: string;
  /** The gateway's public keys. */
  readonly getKey: JWTVerifyGetKey;
  /** Key ids refused even when `getKey` knows them (the development key, in production). @default none */
  readonly refusedKeyIds?: ReadonlySet<string>;
  /** @default 5 */
  readonly clockToleranceSeconds?: number;
  /** The longest lifetime (`exp - iat`) accepted. @default MAX_ASSERTION_LIFETIME_SECONDS (300) */
  readonly maxLifetimeSeconds?: number;
}

function keyIdOf(token: string): string | undefined {
  try {
    return decodeProtectedHeader(token).kid;
  } catch {
    return undefined;
  }
}

function typeOf(token: string): string | undefined {
  try {
    return decodeProtectedHeader(token).typ;
  } catch {
    return undefined;
  }
}

/**
 * Verifies an assertion for `audience` of JWT type `typ`: the gateway's signature, issuer, expiry,
 * and a lifetime no longer than `maxLifetimeSeconds`, issued no later than now (give or take the
 * clock tolerance), so a leaked assertion is worth minutes at most.
 */
async function verifyAssertion(
  token: string,
  options: Omit<AssertionVerifierOptions, 'subgraph'>,
  audience: string,
  typ: string | undefined,
): Promise<Record<string, unknown>> {
  if (options.refusedKeyIds?.has(keyIdOf(token) ?? '')) {
    throw new InvalidAssertionError(
      'The gateway assertion is signed by a development key, refused in production',
    );
  }
  if (typ === undefined && typeOf(token) === REGISTRY_ASSERTION_TYPE) {
    throw new InvalidAssertionError(
      'The gateway assertion is not valid: it is meant for the schema registry',
    );
  }
  const tolerance = options.clockToleranceSeconds ?? 5;
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, options.getKey, {
      issuer: ASSERTION_ISSUER,
      audience,
      typ,
      algorithms: ['ES256', 'ES384', 'ES512', 'EdDSA', 'RS256', 'PS256'],
      requiredClaims: ['exp', 'iat'],
      clockTolerance: tolerance,
    }));
  } catch (error) {
    if (error instanceof KeysUnavailableError || error instanceof errors.JWKSTimeout) throw error;
    const reason =
      error instanceof errors.JWTExpired
        ? 'it has expired'
        : error instanceof Error
          ? error.message
          : String(error);
    throw new InvalidAssertionError(`The gateway assertion is not valid: ${reason}`, { cause: error });
  }
  const { iat, exp } = payload as { iat: number; exp: number };
  const maxLifetime = options.maxLifetimeSeconds ?? MAX_ASSERTION_LIFETIME_SECONDS;
  if (exp - iat > maxLifetime) {
    throw new InvalidAssertionError(
      `The gateway assertion is not valid: it lives ${exp - iat} s, more than ${maxLifetime} s`,
    );
  }
  if (iat > Date.now() / 1000 + tolerance)
    throw new InvalidAssertionError('The gateway assertion is not valid: it is issued in the future');
  return payload;
}

/** Verifies assertions meant for `options.subgraph` against the gateway's public keys. */
export function createAssertionVerifier(options: AssertionVerifierOptions) {
  return async (token: string): Promise<VerifiedAssertion> => {
    const payload = await verifyAssertion(token, options, options.subgraph, undefined);
    if (payload['anonymous'] === true) return { caller: undefined };
    try {
      return { caller: callerOf(payload) };
    } catch (error) {
      if (error instanceof InvalidIdentityError)
        throw new InvalidAssertionError(`The gateway assertion is not valid: ${error.message}`);
      throw error;
    }
  };
}

/** Verifies the assertions gateways send the schema registry (`signForRegistry`). */
export function createRegistryAssertionVerifier(options: Omit<AssertionVerifierOptions, 'subgraph'>) {
  return async (token: string): Promise<void> => {
    await verifyAssertion(token, options, REGISTRY_ASSERTION_AUDIENCE, REGISTRY_ASSERTION_TYPE);
  };
}

/**
 * Where a verifier of the gateway's assertions (a subgraph, the registry) finds its keys: the
 * gateway's public keys, with the committed development key refused in production, as a key source
 * and as the signer of any assertion. @throws when production is configured with the development key
 */
export function gatewayAssertionKeys(
  source: KeySource,
  development: boolean,
): Pick<AssertionVerifierOptions, 'getKey' | 'refusedKeyIds'> {
  if (source.kind === 'dev-keys' && !development) {
    throw new Error(
      'The development gateway key is refused in production: configure INTEGRA_GATEWAY_JWKS_URL or INTEGRA_GATEWAY_JWKS_FILE',
    );
  }
  return {
    getKey: keyResolver(source, DEV_GATEWAY_KEY),
    refusedKeyIds: development ? undefined : devKeyIds(DEV_GATEWAY_KEY),
  };
}
