/** The benchmark's settings, read once from the environment; a bad value fails naming the variable. */
import { booleanVar } from '../lib/config.js';
import { VARIANTS } from './gateways/variants.js';
import { WORKLOAD_NAMES, type WorkloadName } from './workloads/types.js';

export interface BenchOptions {
  /** `BENCH_DURATION_S`: seconds of load per gateway per round. @default 6 */
  readonly durationS: number;
  /** `BENCH_ROUNDS`: interleaved rounds (each gateway once per round). @default 3 */
  readonly rounds: number;
  /**
   * `BENCH_CONNECTIONS`: autocannon's concurrent connections, a comma-separated list: every
   * operation is measured (warm-up and rounds) at each count, in this order. @default [20, 50]
   */
  readonly connections: readonly number[];
  /** `BENCH_WARMUP_S`: unrecorded load per gateway per operation before the rounds. @default 2 */
  readonly warmupS: number;
  /** `BENCH_WORKLOADS`: comma-separated, of `standard`, `domain` and `distinct`. @default all three */
  readonly workloads: readonly WorkloadName[];
  /**
   * `BENCH_VARIANTS`: comma-separated variants to measure on the standard workload (of ours, and
   * `hive-dedup`), or `none`. @default all of VARIANTS
   */
  readonly variants: readonly string[];
  /** `BENCH_PUBLISH`: measure a publish under load (warm plans on and off, `warmPlans.ts`). @default true */
  readonly publish: boolean;
  /** `BENCH_OURS_ENV`: extra environment for our gateway, `NAME=value` pairs separated by spaces (e.g. `GATEWAY_DEDUP=false`). @default none */
  readonly oursEnv: Readonly<Record<string, string>>;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

function connections(env: NodeJS.ProcessEnv): readonly number[] {
  const raw = env['BENCH_CONNECTIONS']?.trim();
  if (!raw) return [20, 50];
  const counts = raw.split(',').map((item) => item.trim());
  for (const count of counts) {
    if (!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > 10_000)
      throw new Error(
        `BENCH_CONNECTIONS: "${count}" is not an integer from 1 to 10000 (a comma-separated list)`,
      );
  }
  return [...new Set(counts.map(Number))];
}

function workloads(env: NodeJS.ProcessEnv): readonly WorkloadName[] {
  const raw = env['BENCH_WORKLOADS']?.trim();
  if (!raw) return WORKLOAD_NAMES;
  const names = raw.split(',').map((name) => name.trim().toLowerCase());
  for (const name of names) {
    if (!(WORKLOAD_NAMES as readonly string[]).includes(name)) {
      throw new Error(`BENCH_WORKLOADS: "${name}" is not one of ${WORKLOAD_NAMES.join(', ')}`);
    }
  }
  return WORKLOAD_NAMES.filter((name) => names.includes(name));
}

function variants(env: NodeJS.ProcessEnv): readonly string[] {
  const raw = env['BENCH_VARIANTS']?.trim();
  const all = VARIANTS.map((v) => v.name);
  if (!raw) return all;
  if (raw.toLowerCase() === 'none') return [];
  const names = raw.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!all.includes(name))
      throw new Error(`BENCH_VARIANTS: "${name}" is not one of ${all.join(', ')} (or none)`);
  }
  return names;
}

function pairs(env: NodeJS.ProcessEnv, name: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of (env[name] ?? '').split(/\s+/).filter(Boolean)) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(pair);
    if (!match?.[1]) throw new Error(`${name}: "${pair}" is not NAME=value`);
    result[match[1]] = match[2] ?? '';
  }
  return result;
}

export function readOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  return {
    durationS: integer(env, 'BENCH_DURATION_S', 6, 1, 3600),
    rounds: integer(env, 'BENCH_ROUNDS', 3, 1, 100),
    connections: connections(env),
    warmupS: integer(env, 'BENCH_WARMUP_S', 2, 0, 600),
    workloads: workloads(env),
    variants: variants(env),
    publish: booleanVar(env, 'BENCH_PUBLISH', true),
    oursEnv: pairs(env, 'BENCH_OURS_ENV'),
  };
}
