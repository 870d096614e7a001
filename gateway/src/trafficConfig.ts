/**
 * Each subgraph's traffic policy, read from the environment: a default for every subgraph
 * (`GATEWAY_SUBGRAPH_*`, `GATEWAY_BREAKER_*`, `SUBGRAPH_TIMEOUT_MS`), and for one subgraph the same
 * names after its prefix (`STATISTICS_TIMEOUT_MS`, `PILOT_ACTIONS_RETRIES`), which win: for the
 * subgraphs of `schema/subgraphs.ts`, and for one published through the registry once its
 * `<PREFIX>_URL` is set too. Called by `config.ts`, the only reader of the environment.
 */
import { integer, pick, type Env } from '../../lib/config.js';
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
  /** The policy of every subgraph not named in `bySubgraph`. */
  readonly defaults: TrafficPolicy;
  /** Policies of subgraphs with variables of their own, by subgraph name. */
  readonly bySubgraph: Readonly<Record<string, TrafficPolicy>>;
}

const MIB = 1024 * 1024;
const HOUR_MS = 3_600_000;

/** Each setting: its variable's name after the prefix, its default, bounds, and where it goes. */
const SETTINGS = [
  ['TIMEOUT_MS', 10_000, 1, 600_000, (p, v) => ({ ...p, timeoutMs: v })],
  ['MAX_RESPONSE_MIB', 16, 1, 1024, (p, v) => ({ ...p, maxResponseBytes: v * MIB })],
  ['MAX_CONCURRENT', 64, 1, 100_000, (p, v) => ({ ...p, maxConcurrent: v })],
  ['MAX_QUEUED', 512, 0, 1_000_000, (p, v) => ({ ...p, maxQueued: v })],
  ['RETRIES', 2, 0, 10, (p, v) => ({ ...p, retry: { ...p.retry, maxRetries: v } })],
  ['RETRY_DELAY_MS', 50, 1, 60_000, (p, v) => ({ ...p, retry: { ...p.retry, initialDelayMs: v } })],
  ['RETRY_MAX_DELAY_MS', 1000, 1, 600_000, (p, v) => ({ ...p, retry: { ...p.retry, maxDelayMs: v } })],
  ['RETRY_BUDGET_PERCENT', 10, 0, 100, (p, v) => ({ ...p, retry: { ...p.retry, budgetPercent: v } })],
  ['BREAKER_FAILURE_PERCENT', 50, 1, 100, (p, v) => ({ ...p, breaker: { ...p.breaker, failurePercent: v } })],
  ['BREAKER_WINDOW_MS', 10_000, 1000, HOUR_MS, (p, v) => ({ ...p, breaker: { ...p.breaker, windowMs: v } })],
  [
    'BREAKER_MIN_FETCHES',
    20,
    1,
    1_000_000,
    (p, v) => ({ ...p, breaker: { ...p.breaker, minimumFetches: v } }),
  ],
  [
    'BREAKER_HALF_OPEN_AFTER_MS',
    5000,
    10,
    HOUR_MS,
    (p, v) => ({ ...p, breaker: { ...p.breaker, halfOpenAfterMs: v } }),
  ],
] as const satisfies readonly (readonly [
  string,
  number,
  number,
  number,
  (policy: TrafficPolicy, value: number) => TrafficPolicy,
])[];

/** The names every subgraph's defaults are read from: `SUBGRAPH_TIMEOUT_MS` (as before), `GATEWAY_SUBGRAPH_*`, `GATEWAY_BREAKER_*`. */
export function defaultVariable(setting: string): string {
  if (setting === 'TIMEOUT_MS') return 'SUBGRAPH_TIMEOUT_MS';
  return setting.startsWith('BREAKER_') ? `GATEWAY_${setting}` : `GATEWAY_SUBGRAPH_${setting}`;
}

/** Applies the settings `variableOf` names that are set, over `base`. */
function read(env: Env, base: TrafficPolicy, variableOf: (setting: string) => string): TrafficPolicy {
  let policy = base;
  for (const [setting, , min, max, apply] of SETTINGS) {
    const raw = pick(undefined, env, variableOf(setting));
    if (raw) policy = apply(policy, integer(raw, min, max));
  }
  return policy;
}

/** Every setting at its default. */
export const DEFAULT_TRAFFIC_POLICY: TrafficPolicy = SETTINGS.reduce<TrafficPolicy>(
  (policy, [, fallback, , , apply]) => apply(policy, fallback),
  { retry: {}, breaker: {} } as TrafficPolicy,
);

/** Reads the traffic policies. @throws {ConfigError} naming the first invalid variable */
export function trafficConfig(env: Env): TrafficConfig {
  const defaults = read(env, DEFAULT_TRAFFIC_POLICY, defaultVariable);
  const names = SETTINGS.map(([setting]) => setting).sort((a, b) => b.length - a.length);
  const prefixes = new Set<string>();
  for (const variable of Object.keys(env)) {
    if (variable.startsWith('GATEWAY_') || variable.startsWith('SUBGRAPH_')) continue;
    const setting = names.find((name) => variable.endsWith(`_${name}`));
    if (setting) prefixes.add(variable.slice(0, -setting.length - 1));
  }
  const listed = new Set(subgraphs.map((s) => s.name));
  const bySubgraph: Record<string, TrafficPolicy> = {};
  for (const prefix of [...prefixes].sort()) {
    const name = subgraphNameOf(prefix);
    if (name && (listed.has(name) || env[`${prefix}_URL`]))
      bySubgraph[name] = read(env, defaults, (setting) => `${prefix}_${setting}`);
  }
  return { defaults, bySubgraph };
}

/** The policy of subgraph `name`. */
export function policyOf(config: TrafficConfig, name: string): TrafficPolicy {
  return config.bySubgraph[name] ?? config.defaults;
}
