/**
 * The one place that decides whether a caller may send one more request, or spend more cost:
 * rate-limiter-flexible's fixed windows, kept in Redis when the gateway has one (every replica then
 * counts against the same limit) and in process otherwise. A caller is its token's subject (within
 * its partner); an anonymous caller is its client address. Each partner's callers have their own
 * limits when configured. When Redis fails, an in-process limiter stands in (each replica then
 * counts alone) until it is back: a Redis outage never refuses nor fails a request by itself.
 */
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  RLWrapperTimeouts,
} from 'rate-limiter-flexible';
import type { Identity } from './context.js';
import type { RateLimitConfig, RateLimitPolicy } from './rateLimitConfig.js';

/** What is limited: the number of requests, or the units of estimated cost. */
export type RateLimitKind = 'requests' | 'cost';

export type RateLimitVerdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number; readonly limit: number };

export interface RateLimits {
  /** Counts `points` against the caller's `kind` limit in the current window; refused when that goes over it. */
  consume(kind: RateLimitKind, caller: RateLimitCaller, points?: number): Promise<RateLimitVerdict>;
}

/** Who a request comes from, as far as rate limits go. */
export interface RateLimitCaller {
  readonly identity: Identity | undefined;
  /** The client's address (behind trusted proxies, the one `X-Forwarded-For` names). */
  readonly address: string | undefined;
}

/** The key a caller is counted under: never shared by two callers, whatever their names hold. */
export function callerKey({ identity, address }: RateLimitCaller): string {
  return identity
    ? `sub:${encodeURIComponent(identity.partner)}:${encodeURIComponent(identity.subject)}`
    : `ip:${address ?? 'unknown'}`;
}

/** The Redis client the gateway's stores share (node-redis). */
export type RedisClient = object;

export interface RateLimitsOptions {
  /** Keep the counts there, shared by every replica. @default in process */
  readonly redis?: RedisClient;
  /** Key prefix in Redis. @default 'integra-rate' */
  readonly namespace?: string;
}

export function createRateLimits(
  config: Extract<RateLimitConfig, { enabled: true }>,
  options: RateLimitsOptions = {},
): RateLimits {
  const limiters = new Map<string, RateLimiterMemory | RLWrapperTimeouts>();
  const limiterFor = (kind: RateLimitKind, partner: string | undefined, policy: RateLimitPolicy) => {
    const name = `${kind}:${partner ?? '*'}`;
    let limiter = limiters.get(name);
    if (!limiter) {
      const settings = {
        points: policy[kind],
        duration: config.windowSeconds,
        keyPrefix: `${options.namespace ?? 'integra-rate'}:${name}`,
      };
      // A Redis that is down (not ready) or slow (over 200 ms) is answered for from process memory.
      limiter = options.redis
        ? new RLWrapperTimeouts({
            limiter: new RateLimiterRedis({
              ...settings,
              storeClient: options.redis,
              useRedisPackage: true,
              rejectIfRedisNotReady: true,
            }),
            timeoutMs: 200,
            insuranceLimiter: new RateLimiterMemory(settings),
          })
        : new RateLimiterMemory(settings);
      limiters.set(name, limiter);
    }
    return limiter;
  };

  return {
    async consume(kind, caller, points = 1) {
      const partner = caller.identity?.partner;
      const policy = (partner !== undefined ? config.byPartner[partner] : undefined) ?? config.defaults;
      if (points <= 0) return { allowed: true };
      const limit = policy[kind];
      // More than the whole window allows can never pass: refused without counting.
      if (points > limit) return { allowed: false, retryAfterSeconds: config.windowSeconds, limit };
      try {
        await limiterFor(kind, partner, policy).consume(callerKey(caller), points);
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        // Over: the points stay counted (a caller who insists does not gain by it) until the window ends.
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
          limit,
        };
      }
    },
  };
}
