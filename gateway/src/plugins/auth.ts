/**
 * Authentication: `Authorization: Bearer <JWT>` is verified with jose against the configured keys
 * (`authKeys.ts`), issuer, audience and expiry. A request without the header is anonymous (reads
 * are public); a header that does not verify is refused with HTTP 401 and a JSON GraphQL error
 * `UNAUTHENTICATED` saying why, before anything is parsed or planned. A verified identity goes on
 * the request's context for authorization, and its token is forwarded to every subgraph in
 * `Authorization`, so that each partner can verify it again with the same JWKS.
 */
import { readFileSync } from 'node:fs';
import type { RequestHandler, Response } from 'express';
import { decodeProtectedHeader, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ErrorCode } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/log.js';
import type { AuthConfig } from '../config.js';
import { setRequestIdentity, type Identity } from '../context.js';
import type { GatewayPlugin } from '../plugin.js';
import { DEV_PUBLIC_JWKS_PATH, KeysUnavailableError, keyResolver } from './authKeys.js';

export interface AuthPluginOptions {
  /** Keys, issuer and audience (`config.auth`). */
  readonly auth: AuthConfig;
  /** `false` in production: the development keys are refused, and so is any token they signed. */
  readonly development: boolean;
  readonly log: Logger;
  /** How far clocks may disagree when checking `exp`, `nbf` and `iat`. @default 5 */
  readonly clockToleranceSeconds?: number;
}

/** The asymmetric algorithms a token may be signed with (never `none`, never a shared secret). */
const ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'];
const REGION_CODE = /^\d{2}$/;

/** A token that verified but does not carry what the graph needs to know who is calling. */
class InvalidIdentityError extends Error {}

/** The identity a verified token's claims describe. */
function identityOf(payload: JWTPayload, token: string): Identity {
  const { sub, partner, scope, region } = payload;
  if (typeof sub !== 'string' || sub === '') throw new InvalidIdentityError('The token has no subject ("sub" claim)');
  if (typeof partner !== 'string' || partner === '') throw new InvalidIdentityError('The token has no "partner" claim');
  if (scope !== undefined && typeof scope !== 'string') {
    throw new InvalidIdentityError('The token\'s "scope" claim must be a space-separated string');
  }
  if (region !== undefined && (typeof region !== 'string' || !REGION_CODE.test(region))) {
    throw new InvalidIdentityError('The token\'s "region" claim must be a two-digit ISTAT region code');
  }
  return { subject: sub, partner, scopes: (scope ?? '').split(' ').filter(Boolean), region, token };
}

type Outcome = { readonly status: 401 | 503; readonly message: string };

/** What a failed verification tells the client; `undefined` for a failure that is the gateway's bug. */
function outcomeOf(error: unknown, auth: AuthConfig): Outcome | undefined {
  const refused = (message: string): Outcome => ({ status: 401, message });
  if (error instanceof InvalidIdentityError) return refused(error.message);
  if (error instanceof errors.JWTExpired) return refused('The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return refused(`The token was not issued by "${auth.issuer}"`);
    if (error.claim === 'aud') return refused(`The token is not meant for this gateway (audience "${auth.audience}")`);
    if (error.claim === 'nbf') return refused('The token is not valid yet');
    if (error.claim === 'exp') return refused('The token has no expiry ("exp" claim)');
    return refused(`The token's "${error.claim}" claim is invalid: ${error.reason}`);
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return refused('The token is not signed by a key this gateway trusts');
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return refused('The token is signed with an algorithm this gateway does not accept');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return refused('The token is not a valid signed JWT');
  // The keys could not be loaded: the token may well be good, so say "try again", not "invalid".
  const keysDown =
    error instanceof KeysUnavailableError ||
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    (auth.kind === 'jwks-url' && (error instanceof errors.JOSEError || error instanceof TypeError));
  if (keysDown) return { status: 503, message: 'The token cannot be verified now: the signing keys are unavailable; try again later' };
  return undefined;
}

function refuse(res: Response, { status, message }: Outcome): void {
  if (status === 401) res.setHeader('www-authenticate', 'Bearer realm="integra", error="invalid_token"');
  res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
}

/** The key id of the committed development key, refused in production whatever the key source. */
function devKeyIds(): ReadonlySet<string> {
  const jwks = JSON.parse(readFileSync(DEV_PUBLIC_JWKS_PATH, 'utf8')) as { keys: { kid?: string }[] };
  return new Set(jwks.keys.flatMap((key) => (key.kid ? [key.kid] : [])));
}

/** The `kid` of a token's header; `undefined` when it has none or is malformed (jwtVerify then says why). */
function keyIdOf(token: string): string | undefined {
  try {
    return decodeProtectedHeader(token).kid;
  } catch {
    return undefined;
  }
}

export function authPlugin(options: AuthPluginOptions): GatewayPlugin {
  const { auth, development, log } = options;
  if (auth.kind === 'dev-keys' && !development) {
    throw new Error('The development keys are refused in production: configure GATEWAY_JWKS_URL or GATEWAY_JWKS_FILE');
  }
  const getKey: JWTVerifyGetKey = keyResolver(auth);
  const refusedKeyIds = development ? new Set<string>() : devKeyIds();

  const verify = async (token: string): Promise<Identity> => {
    if (refusedKeyIds.size > 0 && refusedKeyIds.has(keyIdOf(token) ?? '')) {
      throw new InvalidIdentityError('Development tokens are refused in production');
    }
    const { payload } = await jwtVerify(token, getKey, {
      issuer: auth.issuer,
      audience: auth.audience,
      algorithms: ALGORITHMS,
      requiredClaims: ['exp'],
      clockTolerance: options.clockToleranceSeconds ?? 5,
    });
    return identityOf(payload, token);
  };

  const authenticate: RequestHandler = (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) {
      next();
      return;
    }
    const match = /^Bearer +([^\s]+) *$/i.exec(header);
    if (!match?.[1]) {
      refuse(res, { status: 401, message: 'The Authorization header must be "Bearer <token>"' });
      return;
    }
    verify(match[1]).then(
      (identity) => {
        setRequestIdentity(req, identity);
        next();
      },
      (error: unknown) => {
        const outcome = outcomeOf(error, auth);
        if (!outcome) {
          next(error);
          return;
        }
        if (outcome.status === 503) log.warn({ err: error }, 'bearer token could not be verified: signing keys unavailable');
        else log.debug({ reason: outcome.message }, 'bearer token refused');
        refuse(res, outcome);
      },
    );
  };

  return {
    name: 'auth',
    middleware: [authenticate],
    subgraph: {
      onRequest: ({ headers, context }) => {
        if (context.identity) headers.set('authorization', `Bearer ${context.identity.token}`);
      },
    },
  };
}
