/**
 * Who may call a subgraph, and as whom. A request through the gateway carries the gateway's signed
 * identity assertion (`lib/auth/assertion.ts`): the subgraph verifies it with the gateway's public
 * keys and takes the caller from it. Any other request is refused with HTTP 401, unless the
 * subgraph is open to direct access (`<PREFIX>_DIRECT_ACCESS=true`): then it is anonymous, or its
 * own bearer token is verified against the identity provider, as the gateway would.
 */
import type { IncomingMessage } from 'node:http';
import type { RequestHandler, Response } from 'express';
import type { Caller } from '../auth/caller.js';
import {
  ASSERTION_HEADER,
  createAssertionVerifier,
  gatewayAssertionKeys,
  InvalidAssertionError,
} from '../auth/assertion.js';
import { bearerToken, createBearerVerifier, type BearerConfig } from '../auth/bearer.js';
import { bearerConfigFromEnv, gatewayKeysFromEnv } from '../auth/env.js';
import { KeysUnavailableError, type KeySource } from '../auth/keys.js';
import { booleanVar, type Env } from '../config.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../log.js';

export interface SubgraphAccessConfig {
  /** Where the gateway's assertion keys are (`INTEGRA_GATEWAY_JWKS_URL`/`_FILE`). @default dev keys in development */
  readonly gatewayKeys: KeySource;
  /** `<PREFIX>_DIRECT_ACCESS=true`: requests that bypass the gateway are served, verified as the gateway would. @default false */
  readonly direct: false | BearerConfig;
  /** `NODE_ENV !== 'production'`. */
  readonly development: boolean;
}

/** Reads a subgraph's access settings from its environment. @throws {ConfigError} naming a bad variable */
export function accessConfigFromEnv(envPrefix: string, env: Env): SubgraphAccessConfig {
  const development = env['NODE_ENV'] !== 'production';
  const direct = booleanVar(env, `${envPrefix}_DIRECT_ACCESS`, false);
  return {
    gatewayKeys: gatewayKeysFromEnv(env, development),
    direct: direct ? bearerConfigFromEnv(env, development) : false,
    development,
  };
}

/** The development configuration: assertions signed by the committed development gateway key only. */
export const DEV_ACCESS: SubgraphAccessConfig = {
  gatewayKeys: { kind: 'dev-keys' },
  direct: false,
  development: true,
};

const CALLER = Symbol('integra.caller');
type WithCaller = IncomingMessage & { [CALLER]?: Caller };

/** The caller `accessMiddleware` established for a request; `undefined` when anonymous. */
export function callerOfRequest(req: IncomingMessage): Caller | undefined {
  return (req as WithCaller)[CALLER];
}

function refuse(res: Response, status: 401 | 503, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
}

/** Express middleware that establishes the caller of each request, or refuses it. */
export function accessMiddleware(
  subgraph: string,
  config: SubgraphAccessConfig,
  log: Logger,
): RequestHandler {
  const verifyAssertion = createAssertionVerifier({
    subgraph,
    ...gatewayAssertionKeys(config.gatewayKeys, config.development),
  });
  const bearer = config.direct
    ? createBearerVerifier(config.direct, { development: config.development })
    : undefined;

  return (req, res, next) => {
    const assertion = req.headers[ASSERTION_HEADER];
    const authorization = req.headers.authorization;
    let pending: Promise<Caller | undefined>;
    if (typeof assertion === 'string') {
      pending = verifyAssertion(assertion).then(({ caller }) => caller);
    } else if (!bearer) {
      refuse(res, 401, `The ${subgraph} subgraph answers only requests that come through the gateway`);
      return;
    } else if (authorization === undefined) {
      pending = Promise.resolve(undefined);
    } else {
      const token = bearerToken(authorization);
      if (!token) {
        refuse(res, 401, 'The Authorization header must be "Bearer <token>"');
        return;
      }
      pending = bearer.verify(token).then(({ caller }) => caller);
    }
    pending.then(
      (caller) => {
        if (caller) (req as WithCaller)[CALLER] = caller;
        next();
      },
      (error: unknown) => {
        if (error instanceof InvalidAssertionError) {
          log.warn({ reason: error.message }, 'request with an invalid gateway assertion refused');
          refuse(res, 401, error.message);
          return;
        }
        if (error instanceof KeysUnavailableError) {
          log.warn({ err: error }, 'gateway assertion could not be verified: keys unavailable');
          refuse(
            res,
            503,
            'The request cannot be verified now: the gateway keys are unavailable; try again later',
          );
          return;
        }
        const refusal = bearer?.describeRefusal(error);
        if (refusal) {
          refuse(res, refusal.status, refusal.message);
          return;
        }
        next(error);
      },
    );
  };
}
