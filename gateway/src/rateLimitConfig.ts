/**
 * Rate limits per caller, read from the environment: requests and units of estimated cost (demand
 * control's) per window, for every caller, and for the callers of one partner (their token's
 * `partner` claim) the same names after its prefix (`SERVICES_RATE_LIMIT_REQUESTS`). Called by
 * `config.ts`, the only reader of the environment.
 */
import { booleanVar, integerVar, pick, type Env } from '../../lib/config.js';
import { envPrefixOf } from '../../lib/subgraph/envPrefix.js';
import { subgraphs } from '../../schema/subgraphs.js';

/** What one caller may send per window. */
export interface RateLimitPolicy {
  readonly requests: number;
  /** Units of estimated cost (`GATEWAY_MAX_COST` is the most one operation may have). */
  readonly cost: number;
}

export type RateLimitConfig =
  | { readonly enabled: false; readonly trustedProxies: string | false }
  | {
      readonly enabled: true;
      readonly windowSeconds: number;
      /** Every caller's, anonymous ones (by client address) included. */
      readonly defaults: RateLimitPolicy;
      /** The callers of a partner, by partner name. */
      readonly byPartner: Readonly<Record<string, RateLimitPolicy>>;
      /** `GATEWAY_TRUSTED_PROXIES`: whose `X-Forwarded-For` names the client (express's `trust proxy`). */
      readonly trustedProxies: string | false;
    };

const MAX = 1_000_000_000;

/** Reads the rate limits; on by default in production. @throws {ConfigError} naming the first invalid variable */
export function rateLimitConfig(env: Env, development: boolean): RateLimitConfig {
  const trustedProxies = pick(undefined, env, 'GATEWAY_TRUSTED_PROXIES')?.value ?? false;
  if (!booleanVar(env, 'GATEWAY_RATE_LIMITS', !development)) return { enabled: false, trustedProxies };
  const read = (prefix: string, fallback: RateLimitPolicy): RateLimitPolicy => ({
    requests: integerVar(env, `${prefix}_RATE_LIMIT_REQUESTS`, fallback.requests, 1, MAX),
    cost: integerVar(env, `${prefix}_RATE_LIMIT_COST`, fallback.cost, 1, MAX),
  });
  const defaults = read('GATEWAY', { requests: 600, cost: 600_000 });
  const byPartner: Record<string, RateLimitPolicy> = {};
  for (const { name } of subgraphs) {
    const prefix = envPrefixOf(name);
    if (
      pick(undefined, env, `${prefix}_RATE_LIMIT_REQUESTS`) ||
      pick(undefined, env, `${prefix}_RATE_LIMIT_COST`)
    )
      byPartner[name] = read(prefix, defaults);
  }
  return {
    enabled: true,
    windowSeconds: integerVar(env, 'GATEWAY_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    defaults,
    byPartner,
    trustedProxies,
  };
}
