/**
 * Shared helpers of the processes' configuration readers: each process parses its environment once,
 * and a bad value fails fast with a `ConfigError` naming the variable (or flag) to fix.
 */

/** A configuration value is missing or invalid; `variable` names the variable or flag. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid ${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

export type Env = Readonly<Record<string, string | undefined>>;
/** A raw value and the name of the variable or flag it came from. */
export type Raw = { readonly name: string; readonly value: string };

/** The first non-empty source: flag, then environment variable. */
export function pick(flag: Raw | undefined, env: Env, variable: string): Raw | undefined {
  if (flag) return flag;
  const value = env[variable];
  return value === undefined || value.trim() === '' ? undefined : { name: variable, value: value.trim() };
}

/** A URL with one of `protocols` (e.g. `['http:', 'https:']`). */
export function url(raw: Raw, protocols: readonly string[]): string {
  let parsed: URL;
  try {
    parsed = new URL(raw.value);
  } catch {
    throw new ConfigError(raw.name, `"${raw.value}" is not a URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(raw.name, `expected a ${protocols.join(' or ')} URL, got "${parsed.protocol}"`);
  }
  return raw.value;
}

/** An optional boolean variable (`true` or `false`): its value when set, `fallback` otherwise. */
export function booleanVar(env: Env, variable: string, fallback: boolean): boolean {
  const raw = pick(undefined, env, variable);
  if (!raw) return fallback;
  const value = raw.value.toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(raw.name, `"${raw.value}" is not true or false`);
}

/** An integer from `min` to `max`. */
export function integer(raw: Raw, min: number, max: number): number {
  if (!/^\d+$/.test(raw.value)) throw new ConfigError(raw.name, `"${raw.value}" is not an integer`);
  const n = Number(raw.value);
  if (n < min || n > max) throw new ConfigError(raw.name, `${n} is outside ${min}-${max}`);
  return n;
}

/** An optional integer variable: its value when set, `fallback` otherwise. */
export function integerVar(env: Env, variable: string, fallback: number, min: number, max: number): number {
  const raw = pick(undefined, env, variable);
  return raw ? integer(raw, min, max) : fallback;
}
