/**
 * Partner credentials: `Authorization: Bearer <JWT>`, verified exactly as the gateway verifies
 * bearer tokens (same keys, issuer and audience), and the registry's own rules on the verified
 * caller: a partner changes only its own subgraph, with the `registry:publish` scope. The registry
 * stores no secret. Refusals to a verified caller are logged at warn level: they are the ones a
 * misconfigured pipeline or a partner stepping on another's subgraph produce.
 */
import type { Request } from 'express';
import type { Caller } from '../../lib/auth/caller.js';
import { bearerToken, createBearerVerifier, type BearerConfig } from '../../lib/auth/bearer.js';
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
}

function unauthenticated(status: number, message: string): HttpError {
  return new HttpError(status, RegistryErrorCode.UNAUTHENTICATED, message);
}

/** Credentials verified with `config` (the gateway's bearer configuration); refusals to verified callers are logged to `log`. */
export function createCredentials(config: BearerConfig, options: { development: boolean; log: Logger }): Credentials {
  const verifier = createBearerVerifier(config, { development: options.development });
  const { log } = options;

  const forbidden = (caller: Caller, attempted: Record<string, unknown>, message: string): HttpError => {
    log.warn({ subject: caller.subject, partner: caller.partner, scopes: caller.scopes, ...attempted }, `registry refused: ${message}`);
    return new HttpError(403, RegistryErrorCode.FORBIDDEN, message);
  };

  return {
    async authenticate(req) {
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
        if (refusal.status === 503) log.warn({ err: error }, 'credential could not be verified: signing keys unavailable');
        throw unauthenticated(refusal.status, refusal.message);
      }
    },
    requirePublisher(caller, subgraph) {
      if (caller.partner !== subgraph) {
        throw forbidden(caller, { subgraph }, `Only the ${subgraph} partner may change the ${subgraph} subgraph; the credential is ${caller.partner}'s`);
      }
      if (!caller.scopes.includes(PUBLISH_SCOPE)) {
        throw forbidden(caller, { subgraph }, `Changing a subgraph requires the scope ${PUBLISH_SCOPE}`);
      }
    },
    requireScope(caller, scope, what) {
      if (!caller.scopes.includes(scope)) throw forbidden(caller, { attempted: what }, `${what} requires the scope ${scope}`);
    },
  };
}
