/**
 * Rate limits per caller (`rateLimits.ts`): every request to `/graphql` counts against its caller's
 * limit of requests, before its body is read; the estimated cost of each operation counts against
 * its limit of cost (charged by the demand control plugin, which prices it). Over either, the
 * answer is HTTP 429 `RATE_LIMITED` with `Retry-After`. Behind a load balancer,
 * `GATEWAY_TRUSTED_PROXIES` says whose `X-Forwarded-For` to believe (express's `trust proxy`):
 * otherwise a client could name any address and never be limited.
 */
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import { ErrorCode } from '../../../lib/errors.js';
import { requestIdentity, type GatewayContext } from '../context.js';
import type { GatewayPlugin } from '../plugin.js';
import type { RateLimitKind, RateLimits, RateLimitVerdict } from '../rateLimits.js';

export interface RateLimitPluginOptions {
  /** The limits; `undefined` when rate limiting is off. */
  readonly limits: RateLimits | undefined;
  /** `GATEWAY_TRUSTED_PROXIES`: express's `trust proxy` (`loopback`, `10.0.0.0/8, 10.1.0.1`, a hop count); `false` trusts none. */
  readonly trustedProxies: string | false;
  /** Where refusals are counted (the metrics plugin's registry). @default none */
  readonly registry?: Registry;
}

export interface RateLimitPlugin extends GatewayPlugin {
  /** Charges an operation's estimated cost to its caller; throws `RATE_LIMITED` when over the limit. */
  readonly chargeCost: (context: GatewayContext, cost: number) => Promise<void>;
}

function message(kind: RateLimitKind, verdict: Extract<RateLimitVerdict, { allowed: false }>): string {
  const what = kind === 'requests' ? `${verdict.limit} requests` : `${verdict.limit} units of estimated cost`;
  return `Rate limit reached: at most ${what} per window. Send it again in ${verdict.retryAfterSeconds} s.`;
}

/** `trust proxy` as express reads it: a hop count stays a number, anything else a list of addresses or names. */
function trustSetting(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function rateLimitPlugin(options: RateLimitPluginOptions): RateLimitPlugin {
  const { limits } = options;
  const refused = new Counter({
    name: 'integra_rate_limited_total',
    help: 'Requests refused with RATE_LIMITED, by what was over its limit',
    labelNames: ['kind'] as const,
    registers: options.registry ? [options.registry] : [],
  });
  const refuse = (res: Response, verdict: Extract<RateLimitVerdict, { allowed: false }>) => {
    refused.inc({ kind: 'requests' });
    res
      .status(429)
      .set('retry-after', String(verdict.retryAfterSeconds))
      .json({
        errors: [
          {
            message: message('requests', verdict),
            extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: verdict.retryAfterSeconds },
          },
        ],
      });
  };
  return {
    name: 'rateLimit',
    routes: (app) => {
      if (options.trustedProxies !== false) app.set('trust proxy', trustSetting(options.trustedProxies));
    },
    middleware: limits
      ? [
          (req, res, next) => {
            limits
              .consume('requests', { identity: requestIdentity(req), address: req.ip })
              .then((verdict) => (verdict.allowed ? next() : refuse(res, verdict)), next);
          },
        ]
      : [],
    chargeCost: async (context, cost) => {
      if (!limits) return;
      const verdict = await limits.consume(
        'cost',
        { identity: context.identity, address: context.clientAddress },
        Math.ceil(cost),
      );
      if (verdict.allowed) return;
      refused.inc({ kind: 'cost' });
      throw new GraphQLError(message('cost', verdict), {
        extensions: {
          code: ErrorCode.RATE_LIMITED,
          retryAfterSeconds: verdict.retryAfterSeconds,
          http: { status: 429, headers: new Map([['retry-after', String(verdict.retryAfterSeconds)]]) },
        },
      });
    },
  };
}
