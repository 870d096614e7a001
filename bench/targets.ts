/**
 * The targets the gateway is held to, checked against the run's measurements: on the standard
 * deep query, throughput, CPU per request and memory against vanilla Apollo and Hive's Rust
 * planner (with and without in-flight deduplication); on the distinct mix, throughput against
 * vanilla and Hive. Each at 20 and at 50 connections; a pair not measured in this run (left out
 * by BENCH_WORKLOADS, BENCH_VARIANTS or BENCH_CONNECTIONS) says so.
 */
import type { GatewayName } from './gateways/types.js';
import type { Measurement } from './model.js';
import type { WorkloadName } from './workloads/types.js';

/** The connection counts every target is checked at. */
export const TARGET_CONNECTIONS: readonly number[] = [20, 50];

type Metric = 'rps' | 'cpuMsPerRequest' | 'maxRssMiB';

interface Target {
  readonly workload: WorkloadName;
  readonly operation: string;
  readonly gateway: GatewayName;
  readonly versus: GatewayName;
  readonly metric: Metric;
  /** `gateway / versus` must be at least this (throughput) or at most this (CPU, memory). */
  readonly bound: { readonly atLeast: number } | { readonly atMost: number };
}

export interface TargetResult {
  /** What is asked, e.g. `ours req/s ≥ 3x vanilla`. */
  readonly target: string;
  readonly workload: WorkloadName;
  readonly operation: string;
  readonly connections: number;
  /** `gateway / versus` of the metric; absent when either was not measured. */
  readonly measured?: number;
  readonly status: 'met' | 'missed' | 'not measured';
}

const TARGETS: readonly Target[] = [
  {
    workload: 'standard',
    operation: 'TestQuery',
    gateway: 'ours',
    versus: 'vanilla',
    metric: 'rps',
    bound: { atLeast: 3 },
  },
  {
    workload: 'standard',
    operation: 'TestQuery',
    gateway: 'ours',
    versus: 'hive-rust',
    metric: 'rps',
    bound: { atLeast: 1 },
  },
  {
    workload: 'standard',
    operation: 'TestQuery',
    gateway: 'ours-dedup',
    versus: 'vanilla',
    metric: 'rps',
    bound: { atLeast: 2 },
  },
  {
    workload: 'standard',
    operation: 'TestQuery',
    gateway: 'ours',
    versus: 'vanilla',
    metric: 'cpuMsPerRequest',
    bound: { atMost: 0.33 },
  },
  {
    workload: 'standard',
    operation: 'TestQuery',
    gateway: 'ours',
    versus: 'vanilla',
    metric: 'maxRssMiB',
    bound: { atMost: 1 },
  },
  {
    workload: 'distinct',
    operation: 'mix',
    gateway: 'ours',
    versus: 'vanilla',
    metric: 'rps',
    bound: { atLeast: 2 },
  },
  {
    workload: 'distinct',
    operation: 'mix',
    gateway: 'ours',
    versus: 'hive',
    metric: 'rps',
    bound: { atLeast: 1.3 },
  },
];

const METRIC_NAMES: Readonly<Record<Metric, string>> = {
  rps: 'req/s',
  cpuMsPerRequest: 'CPU ms/req',
  maxRssMiB: 'max RSS',
};

/** `ours req/s ≥ 3x vanilla`, `ours max RSS ≤ vanilla`. */
function describe(target: Target): string {
  const [sign, factor] = 'atLeast' in target.bound ? ['≥', target.bound.atLeast] : ['≤', target.bound.atMost];
  return `${target.gateway} ${METRIC_NAMES[target.metric]} ${sign} ${factor === 1 ? '' : `${factor}x `}${target.versus}`;
}

function check(target: Target, connections: number, measurements: readonly Measurement[]): TargetResult {
  const find = (gateway: GatewayName) =>
    measurements.find(
      (m) =>
        m.workload === target.workload &&
        m.operation === target.operation &&
        m.connections === connections &&
        m.gateway === gateway,
    );
  const result = {
    target: describe(target),
    workload: target.workload,
    operation: target.operation,
    connections,
  };
  const ours = find(target.gateway);
  const other = find(target.versus);
  const measured = ours && other ? ours[target.metric] / other[target.metric] : Number.NaN;
  if (!Number.isFinite(measured)) return { ...result, status: 'not measured' };
  const met = 'atLeast' in target.bound ? measured >= target.bound.atLeast : measured <= target.bound.atMost;
  return { ...result, measured, status: met ? 'met' : 'missed' };
}

/** Every target at every connection count of TARGET_CONNECTIONS. */
export function checkTargets(measurements: readonly Measurement[]): TargetResult[] {
  return TARGETS.flatMap((target) => TARGET_CONNECTIONS.map((n) => check(target, n, measurements)));
}
