/**
 * Authentication. `Authorization: Bearer <JWT>` is verified with jose (`lib/auth/bearer.ts`):
 * signature against the configured keys, issuer, audience and expiry. A request without the header
 * is anonymous (reads are public); a header that does not verify is refused with HTTP 401 and a
 * JSON GraphQL error `UNAUTHENTICATED` saying why, before anything is parsed or planned. The
 * verified caller goes on the request's context for authorization.
 *
 * Subgraphs never see the bearer token: each fetch carries the gateway's signed identity assertion
 * (`lib/auth/assertion.ts`) naming the caller, or saying the request is anonymous, with the
 * subgraph as audience. The public key that verifies assertions is served at
 * `GET /.well-known/jwks.json`.
 */
import type { RequestHandler, Response } from 'express';
import type { JWK } from 'jose';
import { ErrorCode } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/log.js';
import { bearerToken, createBearerVerifier, type BearerRefusal } from '../../../lib/auth/bearer.js';
import { ASSERTION_HEADER, createAssertionSigner } from '../../../lib/auth/assertion.js';
import { DEV_GATEWAY_KEY, publicJwksOf, readPrivateJwk } from '../../../lib/auth/keys.js';
import type { AssertionKeyConfig, AuthConfig } from '../config.js';
import { setRequestIdentity } from '../context.js';
import type { GatewayPlugin } from '../plugin.js';

export interface AuthPluginOptions {
  /** Keys, issuer and audience of bearer tokens (`config.auth`). */
  readonly auth: AuthConfig;
  /** The key that signs identity assertions for the subgraphs (`config.assertionKey`). */
  readonly assertionKey: AssertionKeyConfig;
  /** `false` in production: the development keys are refused, and so is any token they signed. */
  readonly development: boolean;
  readonly log: Logger;
  /** How far clocks may disagree when checking `exp`, `nbf` and `iat`. @default 5 */
  readonly clockToleranceSeconds?: number;
  /** How long an identity assertion is valid. @default 60 */
  readonly assertionTtlSeconds?: number;
}

function refuse(res: Response, { status, message }: BearerRefusal): void {
  if (status === 401) res.setHeader('www-authenticate', 'Bearer realm="integra", error="invalid_token"');
  res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
}

/** The gateway's private assertion key; the development one is refused in production. */
export function assertionJwk(config: AssertionKeyConfig, development: boolean): JWK {
  if (config.kind === 'dev-keys' && !development) {
    throw new Error(
      'The development assertion key is refused in production: configure GATEWAY_ASSERTION_KEY_FILE',
    );
  }
  return readPrivateJwk(config.kind === 'file' ? config.path : DEV_GATEWAY_KEY.privateJwkPath);
}

export function authPlugin(options: AuthPluginOptions): GatewayPlugin {
  const { development, log } = options;
  const verifier = createBearerVerifier(options.auth, {
    development,
    clockToleranceSeconds: options.clockToleranceSeconds,
  });
  const privateJwk = assertionJwk(options.assertionKey, development);
  const signer = createAssertionSigner({ privateJwk, ttlSeconds: options.assertionTtlSeconds });
  const publicJwks = publicJwksOf(privateJwk);

  const authenticate: RequestHandler = (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) {
      next();
      return;
    }
    const token = bearerToken(header);
    if (!token) {
      refuse(res, { status: 401, message: 'The Authorization header must be "Bearer <token>"' });
      return;
    }
    verifier.verify(token).then(
      ({ caller }) => {
        setRequestIdentity(req, caller);
        next();
      },
      (error: unknown) => {
        const refusal = verifier.describeRefusal(error);
        if (!refusal) {
          next(error);
          return;
        }
        if (refusal.status === 503)
          log.warn({ err: error }, 'bearer token could not be verified: signing keys unavailable');
        else log.debug({ reason: refusal.message }, 'bearer token refused');
        refuse(res, refusal);
      },
    );
  };

  return {
    name: 'auth',
    routes: (app) => {
      app.get('/.well-known/jwks.json', (_req, res) => {
        res.setHeader('cache-control', 'public, max-age=300');
        res.json(publicJwks);
      });
    },
    middleware: [authenticate],
    subgraph: {
      onRequest: async ({ subgraph, headers, context }) => {
        headers.set(ASSERTION_HEADER, await signer.sign(subgraph, context.identity));
      },
    },
  };
}
