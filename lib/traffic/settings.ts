/**
 * The settings of a subgraph's traffic policy at the gateway, with their defaults and bounds: one
 * list for the gateway's environment (`GATEWAY_SUBGRAPH_RETRIES`, `STATISTICS_RETRIES`...) and for
 * the policy a partner records in the schema registry (`{ "retries": 0 }`). Whatever the source, a
 * value outside its bounds is refused with the same words.
 */

/** One setting: its variable's name after the prefix, its key in a registry record, default and bounds. */
export interface TrafficSetting {
  readonly variable: string;
  readonly key: TrafficKey;
  readonly fallback: number;
  readonly min: number;
  readonly max: number;
}

export type TrafficKey =
  | 'timeoutMs'
  | 'maxResponseMib'
  | 'maxConcurrent'
  | 'maxQueued'
  | 'retries'
  | 'retryDelayMs'
  | 'retryMaxDelayMs'
  | 'retryBudgetPercent'
  | 'breakerFailurePercent'
  | 'breakerWindowMs'
  | 'breakerMinFetches'
  | 'breakerHalfOpenAfterMs';

/** Some settings of a policy, each within its bounds. */
export type TrafficSettings = Partial<Readonly<Record<TrafficKey, number>>>;

const HOUR_MS = 3_600_000;

export const TRAFFIC_SETTINGS: readonly TrafficSetting[] = [
  { variable: 'TIMEOUT_MS', key: 'timeoutMs', fallback: 10_000, min: 1, max: 600_000 },
  { variable: 'MAX_RESPONSE_MIB', key: 'maxResponseMib', fallback: 16, min: 1, max: 1024 },
  { variable: 'MAX_CONCURRENT', key: 'maxConcurrent', fallback: 64, min: 1, max: 100_000 },
  { variable: 'MAX_QUEUED', key: 'maxQueued', fallback: 512, min: 0, max: 1_000_000 },
  { variable: 'RETRIES', key: 'retries', fallback: 2, min: 0, max: 10 },
  { variable: 'RETRY_DELAY_MS', key: 'retryDelayMs', fallback: 50, min: 1, max: 60_000 },
  { variable: 'RETRY_MAX_DELAY_MS', key: 'retryMaxDelayMs', fallback: 1000, min: 1, max: 600_000 },
  { variable: 'RETRY_BUDGET_PERCENT', key: 'retryBudgetPercent', fallback: 10, min: 0, max: 100 },
  { variable: 'BREAKER_FAILURE_PERCENT', key: 'breakerFailurePercent', fallback: 50, min: 1, max: 100 },
  { variable: 'BREAKER_WINDOW_MS', key: 'breakerWindowMs', fallback: 10_000, min: 1000, max: HOUR_MS },
  { variable: 'BREAKER_MIN_FETCHES', key: 'breakerMinFetches', fallback: 20, min: 1, max: 1_000_000 },
  {
    variable: 'BREAKER_HALF_OPEN_AFTER_MS',
    key: 'breakerHalfOpenAfterMs',
    fallback: 5000,
    min: 10,
    max: HOUR_MS,
  },
];

const BY_KEY = new Map(TRAFFIC_SETTINGS.map((setting) => [setting.key as string, setting]));

/** Why `value` is no valid value of `setting`, or `undefined` when it is one. */
export function settingProblem(setting: TrafficSetting, value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return `${setting.key} must be an integer`;
  if (value < setting.min || value > setting.max)
    return `${setting.key} must be from ${setting.min} to ${setting.max}, got ${value}`;
  return undefined;
}

/**
 * A registry record's settings, checked: a JSON object of known keys, each an integer within its
 * bounds. Every problem is listed, so that one refusal says all there is to fix.
 */
export function parseTrafficSettings(
  value: unknown,
):
  | { readonly ok: true; readonly settings: TrafficSettings }
  | { readonly ok: false; readonly problems: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: ['a traffic policy must be a JSON object'] };
  const problems: string[] = [];
  const settings: Partial<Record<TrafficKey, number>> = {};
  for (const [key, raw] of Object.entries(value)) {
    const setting = BY_KEY.get(key);
    if (!setting) {
      problems.push(`${key} is not a traffic setting (${TRAFFIC_SETTINGS.map((s) => s.key).join(', ')})`);
      continue;
    }
    const problem = settingProblem(setting, raw);
    if (problem) problems.push(problem);
    else settings[setting.key] = raw as number;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings };
}
