/**
 * Each subgraph's traffic policy, in three layers, the later winning setting by setting: a default
 * for every subgraph (`GATEWAY_SUBGRAPH_*`, `GATEWAY_BREAKER_*`, `SUBGRAPH_TIMEOUT_MS`), the policy
 * its partner recorded in the schema registry (`{ "retries": 0 }`), and the gateway's variables
 * for that subgraph (`STATISTICS_TIMEOUT_MS`, `PILOT_ACTIONS_RETRIES`): for the subgraphs of
 * `schema/subgraphs.ts`, and for one published through the registry once its `<PREFIX>_URL` is set
 * too. The settings and their bounds are `lib/traffic/settings.ts`. Called by `config.ts`, the only
 * reader of the environment.
 */
import { integer, pick, type Env } from '../../lib/config.js';
import { TRAFFIC_SETTINGS, type TrafficKey, type TrafficSettings } from '../../lib/traffic/settings.js';
import { subgraphNameOf } from '../../lib/subgraph/envPrefix.js';
import { subgraphs } from '../../schema/subgraphs.js';

export interface TrafficPolicy {
  /** How long one fetch (answer and body) may take. @default 10000 */
  readonly timeoutMs: number;
  /** The largest answer read; a longer one is cut and counts as a failure. @default 16 MiB */
  readonly maxResponseBytes: number;
  /** Fetches sent at once; more wait in a queue. @default 64 */
  readonly maxConcurrent: number;
  /** Fetches waiting for a slot; beyond, a fetch fails at once (`overloaded`). @default 512 */
  readonly maxQueued: number;
  readonly retry: {
    /** Retries of one query fetch (mutations are never retried); 0 turns retries off. @default 2 */
    readonly maxRetries: number;
    /** The first backoff; each next one grows exponentially, with jitter. @default 50 */
    readonly initialDelayMs: number;
    /** @default 1000 */
    readonly maxDelayMs: number;
    /** Retries may be at most this share of the subgraph's fetches over the last 10 s. @default 10 */
    readonly budgetPercent: number;
  };
  readonly breaker: {
    /** Opens when at least this share of the fetches in the window failed... @default 50 */
    readonly failurePercent: number;
    /** ...over this window... @default 10000 */
    readonly windowMs: number;
    /** ...and the window held at least this many fetches. @default 20 */
    readonly minimumFetches: number;
    /** Open this long, then lets one probe through (half-open): closes on its success. @default 5000 */
    readonly halfOpenAfterMs: number;
  };
}

export interface TrafficConfig {
  /** The policy of every subgraph, before its own settings. */
  readonly defaults: TrafficPolicy;
  /** The settings the gateway's environment gives one subgraph, by subgraph name. */
  readonly bySubgraph: Readonly<Record<string, TrafficSettings>>;
}

const MIB = 1024 * 1024;

/** Where each setting goes in a policy. */
const APPLY: Readonly<Record<TrafficKey, (policy: TrafficPolicy, value: number) => TrafficPolicy>> = {
  timeoutMs: (p, v) => ({ ...p, timeoutMs: v }),
  maxResponseMib: (p, v) => ({ ...p, maxResponseBytes: v * MIB }),
  maxConcurrent: (p, v) => ({ ...p, maxConcurrent: v }),
  maxQueued: (p, v) => ({ ...p, maxQueued: v }),
  retries: (p, v) => ({ ...p, retry: { ...p.retry, maxRetries: v } }),
  retryDelayMs: (p, v) => ({ ...p, retry: { ...p.retry, initialDelayMs: v } }),
  retryMaxDelayMs: (p, v) => ({ ...p, retry: { ...p.retry, maxDelayMs: v } }),
  retryBudgetPercent: (p, v) => ({ ...p, retry: { ...p.retry, budgetPercent: v } }),
  breakerFailurePercent: (p, v) => ({ ...p, breaker: { ...p.breaker, failurePercent: v } }),
  breakerWindowMs: (p, v) => ({ ...p, breaker: { ...p.breaker, windowMs: v } }),
  breakerMinFetches: (p, v) => ({ ...p, breaker: { ...p.breaker, minimumFetches: v } }),
  breakerHalfOpenAfterMs: (p, v) => ({ ...p, breaker: { ...p.breaker, halfOpenAfterMs: v } }),
};

/** `base` with `settings` over it. */
export function applySettings(base: TrafficPolicy, settings: TrafficSettings | undefined): TrafficPolicy {
  let policy = base;
  for (const [key, value] of Object.entries(settings ?? {}))
    if (value !== undefined) policy = APPLY[key as TrafficKey](policy, value);
  return policy;
}

/** The names every subgraph's defaults are read from: `SUBGRAPH_TIMEOUT_MS` (as before), `GATEWAY_SUBGRAPH_*`, `GATEWAY_BREAKER_*`. */
export function defaultVariable(setting: string): string {
  if (setting === 'TIMEOUT_MS') return 'SUBGRAPH_TIMEOUT_MS';
  return setting.startsWith('BREAKER_') ? `GATEWAY_${setting}` : `GATEWAY_SUBGRAPH_${setting}`;
}

/** The settings `variableOf` names that are set. */
function read(env: Env, variableOf: (setting: string) => string): TrafficSettings {
  const settings: Partial<Record<TrafficKey, number>> = {};
  for (const { variable, key, min, max } of TRAFFIC_SETTINGS) {
    const raw = pick(undefined, env, variableOf(variable));
    if (raw) settings[key] = integer(raw, min, max);
  }
  return settings;
}

/** Every setting at its default. */
export const DEFAULT_TRAFFIC_POLICY: TrafficPolicy = applySettings(
  { retry: {}, breaker: {} } as TrafficPolicy,
  Object.fromEntries(TRAFFIC_SETTINGS.map(({ key, fallback }) => [key, fallback])),
);

/** Reads the traffic policies. @throws {ConfigError} naming the first invalid variable */
export function trafficConfig(env: Env): TrafficConfig {
  const defaults = applySettings(DEFAULT_TRAFFIC_POLICY, read(env, defaultVariable));
  const names = TRAFFIC_SETTINGS.map(({ variable }) => variable).sort((a, b) => b.length - a.length);
  const prefixes = new Set<string>();
  for (const variable of Object.keys(env)) {
    if (variable.startsWith('GATEWAY_') || variable.startsWith('SUBGRAPH_')) continue;
    const setting = names.find((name) => variable.endsWith(`_${name}`));
    if (setting) prefixes.add(variable.slice(0, -setting.length - 1));
  }
  const listed = new Set(subgraphs.map((s) => s.name));
  const bySubgraph: Record<string, TrafficSettings> = {};
  for (const prefix of [...prefixes].sort()) {
    const name = subgraphNameOf(prefix);
    if (name && (listed.has(name) || env[`${prefix}_URL`]))
      bySubgraph[name] = read(env, (setting) => `${prefix}_${setting}`);
  }
  return { defaults, bySubgraph };
}

/**
 * The policy of subgraph `name`: the defaults, then what its partner recorded in the registry,
 * then the gateway's own variables for it.
 */
export function policyOf(config: TrafficConfig, name: string, recorded?: TrafficSettings): TrafficPolicy {
  // Own entries only: a subgraph named `constructor` has no settings from Object's prototype.
  const own = Object.hasOwn(config.bySubgraph, name) ? config.bySubgraph[name] : undefined;
  if (!own && !recorded) return config.defaults;
  return applySettings(applySettings(config.defaults, recorded), own);
}
