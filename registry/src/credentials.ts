/**
 * Partner credentials: `Authorization: Bearer <JWT>`, verified as the gateway verifies bearer
 * tokens (same keys and issuer) but for the registry's own audience (`REGISTRY_JWT_AUDIENCE`), and
 * the registry's own rules on the verified caller: a partner changes only its own subgraph, with
 * the `registry:publish` scope. Reading (routing URLs, SDLs, publishers) takes any verified partner
 * credential, or a gateway's identity assertion (`lib/auth/assertion.ts`, signed with the key the
 * subgraphs trust), unless reads are public. The registry stores no secret. Refusals to a verified
 * caller are logged at warn level: they are the ones a misconfigured pipeline or a partner stepping
 * on another's subgraph produce.
 */
import type { Request } from 'express';
import type { Caller } from '../../lib/auth/caller.js';
import { bearerToken, createBearerVerifier, type BearerConfig } from '../../lib/auth/bearer.js';
import {
  ASSERTION_HEADER,
  createRegistryAssertionVerifier,
  gatewayAssertionKeys,
  InvalidAssertionError,
} from '../../lib/auth/assertion.js';
import { KeysUnavailableError, type KeySource } from '../../lib/auth/keys.js';
import type { Logger } from '../../lib/log.js';
import { HttpError, RegistryErrorCode } from './routes/http.js';

/** The scope that lets a partner check, publish and roll back its own subgraph. */
export const PUBLISH_SCOPE = 'registry:publish';
/** The scope that lets a caller register client operations. */
export const OPERATIONS_SCOPE = 'registry:operations';

/** The registry's credential rules over a verified bearer token. */
export interface Credentials {
  /** The verified caller of a request. @throws {HttpError} 401 (or 503 when the keys are unavailable) */
  authenticate(req: Request): Promise<Caller>;
  /** Refuses (403) a caller that is not `subgraph`'s partner with `registry:publish`. */
  requirePublisher(caller: Caller, subgraph: string): void;
  /** Refuses (403) a caller without `scope`; `what` says what was attempted. */
  requireScope(caller: Caller, scope: string, what: string): void;
  /** Refuses (403) a caller whose credential is not `client`'s (its `partner` claim names the client). */
  requireClient(caller: Caller, client: string): void;
  /** Refuses (401, or 503 when keys are unavailable) a read that carries neither a partner credential nor a gateway assertion, unless reads are public. */
  requireReader(req: Request): Promise<void>;
}

/** Who besides partners may read, and whether anyone may. */
export interface ReaderOptions {
  /** The keys of the gateways' assertions (`INTEGRA_GATEWAY_JWKS_URL`/`_FILE`). */
  readonly gatewayKeys: KeySource;
  /** `REGISTRY_PUBLIC_READS`. @default false */
  readonly publicReads?: boolean;
}

function unauthenticated(status: number, message: string): HttpError {
  return new HttpError(status, RegistryErrorCode.UNAUTHENTICATED, message);
}

/** Credentials verified with `config` (the gateway's bearer configuration); refusals to verified callers are logged to `log`. */
export function createCredentials(
  config: BearerConfig,
  options: { development: boolean; log: Logger; readers: ReaderOptions },
): Credentials {
  const verifier = createBearerVerifier(config, { development: options.development });
  const { log } = options;
  const { gatewayKeys, publicReads = false } = options.readers;
  const verifyGateway = createRegistryAssertionVerifier(
    gatewayAssertionKeys(gatewayKeys, options.development),
  );

  const forbidden = (caller: Caller, attempted: Record<string, unknown>, message: string): HttpError => {
    log.warn(
      { subject: caller.subject, partner: caller.partner, scopes: caller.scopes, ...attempted },
      `registry refused: ${message}`,
    );
    return new HttpError(403, RegistryErrorCode.FORBIDDEN, message);
  };

  const authenticate = async (req: Request): Promise<Caller> => {
    const header = req.headers.authorization;
    if (header === undefined) {
      throw unauthenticated(401, 'A partner credential is required: send "Authorization: Bearer <token>"');
    }
    const token = bearerToken(header);
    if (!token) throw unauthenticated(401, 'The Authorization header must be "Bearer <token>"');
    try {
      return (await verifier.verify(token)).caller;
    } catch (error) {
      const refusal = verifier.describeRefusal(error);
      if (!refusal) throw error;
      if (refusal.status === 503)
        log.warn({ err: error }, 'credential could not be verified: signing keys unavailable');
      throw unauthenticated(refusal.status, refusal.message);
    }
  };

  return {
    authenticate,
    requirePublisher(caller, subgraph) {
      if (caller.partner !== subgraph) {
        throw forbidden(
          caller,
          { subgraph },
          `Only the ${subgraph} partner may change the ${subgraph} subgraph; the credential is ${caller.partner}'s`,
        );
      }
      if (!caller.scopes.includes(PUBLISH_SCOPE)) {
        throw forbidden(caller, { subgraph }, `Changing a subgraph requires the scope ${PUBLISH_SCOPE}`);
      }
    },
    requireScope(caller, scope, what) {
      if (!caller.scopes.includes(scope))
        throw forbidden(caller, { attempted: what }, `${what} requires the scope ${scope}`);
    },
    requireClient(caller, client) {
      if (caller.partner !== client)
        throw forbidden(
          caller,
          { client },
          `Only the ${client} client may register its operations; the credential is ${caller.partner}'s`,
        );
    },
    async requireReader(req) {
      if (publicReads) return;
      const assertion = req.headers[ASSERTION_HEADER];
      if (assertion === undefined) {
        if (req.headers.authorization === undefined) {
          throw unauthenticated(
            401,
            'Reading the registry requires a partner credential: send "Authorization: Bearer <token>"',
          );
        }
        await authenticate(req);
        return;
      }
      try {
        if (typeof assertion !== 'string')
          throw new InvalidAssertionError('The gateway assertion header must be sent once');
        await verifyGateway(assertion);
      } catch (error) {
        if (error instanceof InvalidAssertionError) {
          log.warn({ reason: error.message }, 'registry read with an invalid gateway assertion refused');
          throw unauthenticated(401, error.message);
        }
        if (
          error instanceof KeysUnavailableError ||
          (gatewayKeys.kind === 'jwks-url' && error instanceof Error)
        ) {
          log.warn({ err: error }, 'gateway assertion could not be verified: keys unavailable');
          throw unauthenticated(
            503,
            'The gateway assertion cannot be verified now: the gateway keys are unavailable; try again later',
          );
        }
        throw error;
      }
    },
  };
}
