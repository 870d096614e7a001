/**
 * Verification of `Authorization: Bearer <JWT>` with jose: signature against the configured keys,
 * issuer, audience and expiry, then the identity claims. Used by the gateway for every request, and
 * by a subgraph open to direct access for requests that do not come through the gateway.
 */
import { decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { callerOf, InvalidIdentityError, type Caller } from './caller.js';
import {
  ASYMMETRIC_ALGORITHMS,
  DEV_IDENTITY_PROVIDER,
  KeysUnavailableError,
  devKeyIds,
  keyResolver,
  type KeySource,
} from './keys.js';

/** How bearer tokens are verified: where the identity provider's keys are, its issuer, its audience. */
export type BearerConfig = KeySource & {
  /** The `iss` every token must carry. @default 'https://integra.dev/issuer' */
  readonly issuer: string;
  /** The `aud` every token must carry. @default 'integra-gateway' */
  readonly audience: string;
  /** Audiences of other services: a token that also names one of them is refused. @default [] */
  readonly refusedAudiences?: readonly string[];
};

/** A verified bearer token: who it names, and the token itself. */
export interface VerifiedBearer {
  readonly caller: Caller;
  readonly token: string;
}

/** Why a token was refused: 401 (the token is bad) or 503 (the keys cannot be loaded now). */
export interface BearerRefusal {
  readonly status: 401 | 503;
  readonly message: string;
}

export interface BearerVerifier {
  /** Verifies a token. @throws whatever jose or the claims check throws; `describeRefusal` explains it */
  verify(token: string): Promise<VerifiedBearer>;
  /** What a failed verification tells the client; `undefined` for a failure that is a bug. */
  describeRefusal(error: unknown): BearerRefusal | undefined;
}

/** Reads `Bearer <token>` from an Authorization header; `undefined` when it has another shape. */
export function bearerToken(header: string): string | undefined {
  return /^Bearer +([^\s]+) *$/i.exec(header)?.[1];
}

function keyIdOf(token: string): string | undefined {
  try {
    return decodeProtectedHeader(token).kid;
  } catch {
    return undefined;
  }
}

/**
 * A verifier for one configuration. With `development: false` the development keys are refused,
 * both as a key source and as the signer of a token (whatever JWKS would list them).
 */
export function createBearerVerifier(
  config: BearerConfig,
  options: { development: boolean; clockToleranceSeconds?: number },
): BearerVerifier {
  if (config.kind === 'dev-keys' && !options.development) {
    throw new Error(
      'The development keys are refused in production: configure GATEWAY_JWKS_URL or GATEWAY_JWKS_FILE',
    );
  }
  const getKey: JWTVerifyGetKey = keyResolver(config, DEV_IDENTITY_PROVIDER);
  const refusedKeyIds = options.development ? new Set<string>() : devKeyIds(DEV_IDENTITY_PROVIDER);

  return {
    async verify(token) {
      if (refusedKeyIds.size > 0 && refusedKeyIds.has(keyIdOf(token) ?? '')) {
        throw new InvalidIdentityError('Development tokens are refused in production');
      }
      const { payload } = await jwtVerify(token, getKey, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ASYMMETRIC_ALGORITHMS,
        requiredClaims: ['exp'],
        clockTolerance: options.clockToleranceSeconds ?? 5,
      });
      const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      const other = audiences.find((aud) => aud !== undefined && config.refusedAudiences?.includes(aud));
      if (other !== undefined)
        throw new InvalidIdentityError(
          `The token is also meant for "${other}": each service takes a token of its own`,
        );
      return { caller: callerOf(payload), token };
    },
    describeRefusal(error) {
      const refused = (message: string): BearerRefusal => ({ status: 401, message });
      if (error instanceof InvalidIdentityError) return refused(error.message);
      if (error instanceof errors.JWTExpired) return refused('The token has expired');
      if (error instanceof errors.JWTClaimValidationFailed) {
        if (error.claim === 'iss') return refused(`The token was not issued by "${config.issuer}"`);
        if (error.claim === 'aud')
          return refused(`The token is not meant for this graph (audience "${config.audience}")`);
        if (error.claim === 'nbf') return refused('The token is not valid yet');
        if (error.claim === 'exp') return refused('The token has no expiry ("exp" claim)');
        return refused(`The token's "${error.claim}" claim is invalid: ${error.reason}`);
      }
      if (
        error instanceof errors.JWSSignatureVerificationFailed ||
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWKSMultipleMatchingKeys
      ) {
        return refused('The token is not signed by a key this graph trusts');
      }
      if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
        return refused('The token is signed with an algorithm this graph does not accept');
      }
      if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
        return refused('The token is not a valid signed JWT');
      // The keys could not be loaded: the token may well be good, so say "try again", not "invalid".
      const keysDown =
        error instanceof KeysUnavailableError ||
        error instanceof errors.JWKSTimeout ||
        error instanceof errors.JWKSInvalid ||
        (config.kind === 'jwks-url' && (error instanceof errors.JOSEError || error instanceof TypeError));
      if (keysDown)
        return {
          status: 503,
          message: 'The token cannot be verified now: the signing keys are unavailable; try again later',
        };
      return undefined;
    },
  };
}
