/**
 * The gateway's identity assertion: how a subgraph learns, in a form it verifies itself, that a
 * request came through the gateway and who sent it. The gateway signs a short-lived JWT (ES256,
 * its own key, never the identity provider's) for each subgraph it calls, with that subgraph's
 * name as audience: the caller's identity claims, or `anonymous: true`. A subgraph verifies it
 * against the gateway's public JWKS (a file, or the gateway's `GET /.well-known/jwks.json`).
 * Only the gateway holds the private key, so no other partner can mint one.
 */
import { SignJWT, decodeProtectedHeader, errors, importJWK, jwtVerify, type JWK, type JWTVerifyGetKey } from 'jose';
import { callerOf, claimsOf, InvalidIdentityError, type Caller } from './caller.js';
import { KeysUnavailableError } from './keys.js';

/** The request header that carries the assertion. */
export const ASSERTION_HEADER = 'x-integra-gateway-assertion';
/** The assertion's issuer. */
export const ASSERTION_ISSUER = 'integra-gateway';

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

  return {
    async sign(subgraph, caller) {
      const cacheKey = JSON.stringify([subgraph, caller ? claimsOf(caller) : null]);
      const now = Date.now();
      const cached = cache.get(cacheKey);
      if (cached && cached.reuseUntilMs > now) return cached.token;
      const issuedAt = Math.floor(now / 1000);
      const token = await new SignJWT(caller ? claimsOf(caller) : { sub: 'anonymous', anonymous: true })
        .setProtectedHeader({ alg, typ: 'JWT', ...(options.privateJwk.kid ? { kid: options.privateJwk.kid } : {}) })
        .setIssuer(ASSERTION_ISSUER)
        .setAudience(subgraph)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttl)
        .sign(await key);
      cache.delete(cacheKey);
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
      cache.set(cacheKey, { token, reuseUntilMs: now + (ttl * 1000) / 2 });
      return token;
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
}

function keyIdOf(token: string): string | undefined {
  try {
    return decodeProtectedHeader(token).kid;
  } catch {
    return undefined;
  }
}

/** Verifies assertions meant for `options.subgraph` against the gateway's public keys. */
export function createAssertionVerifier(options: AssertionVerifierOptions) {
  return async (token: string): Promise<VerifiedAssertion> => {
    if (options.refusedKeyIds?.has(keyIdOf(token) ?? '')) {
      throw new InvalidAssertionError('The gateway assertion is signed by a development key, refused in production');
    }
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, options.getKey, {
        issuer: ASSERTION_ISSUER,
        audience: options.subgraph,
        algorithms: ['ES256', 'ES384', 'ES512', 'EdDSA', 'RS256', 'PS256'],
        requiredClaims: ['exp', 'iat'],
        clockTolerance: options.clockToleranceSeconds ?? 5,
      }));
    } catch (error) {
      if (error instanceof KeysUnavailableError || error instanceof errors.JWKSTimeout) throw error;
      const reason = error instanceof errors.JWTExpired ? 'it has expired' : error instanceof Error ? error.message : String(error);
      throw new InvalidAssertionError(`The gateway assertion is not valid: ${reason}`, { cause: error });
    }
    if (payload['anonymous'] === true) return { caller: undefined };
    try {
      return { caller: callerOf(payload) };
    } catch (error) {
      if (error instanceof InvalidIdentityError) throw new InvalidAssertionError(`The gateway assertion is not valid: ${error.message}`);
      throw error;
    }
  };
}
