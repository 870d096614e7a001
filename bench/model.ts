/**
 * What a benchmark run produces: measurements per workload, operation, connection count and
 * gateway, the ratios of ours to the others, and the targets (targets.ts) met or missed.
 */
import type { GatewayName } from './gateways/types.js';
import type { MachineInfo } from './machine.js';
import type { TargetResult } from './targets.js';
import type { PublishResult } from './publish.js';
import type { BenchOptions } from './options.js';
import type { SubgraphFetches, WorkloadName } from './workloads/types.js';

export interface RoundSummary {
  readonly round: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly failed: number;
  readonly maxRssMiB: number;
  /** The subgraphs' work per request sent during the round (`WorkloadInfo.upstreamPerRequest.unit`). */
  readonly upstreamPerRequest: number;
  /** CPU time of the gateway's process (user + system) per request sent, in milliseconds. */
  readonly cpuMsPerRequest: number;
  /** CPU time of the subgraphs' processes per request sent, in milliseconds (NaN where not measured). */
  readonly subgraphCpuMsPerRequest?: number;
}

export interface Measurement {
  readonly workload: WorkloadName;
  readonly operation: string;
  /** autocannon's concurrent connections (one of BENCH_CONNECTIONS). */
  readonly connections: number;
  readonly gateway: GatewayName;
  /** Completed requests over all rounds, divided by the rounds' total duration. */
  readonly rps: number;
  /** Over every request of every round. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  /** Connection errors and timeouts (autocannon's `errors`). */
  readonly errors: number;
  readonly non2xx: number;
  /** 2xx answers that differ from the verified answer. */
  readonly wrongAnswers: number;
  /** errors + non-2xx + wrong answers. */
  readonly failed: number;
  /** Highest VmRSS sampled (every 250 ms) during this operation's rounds. */
  readonly maxRssMiB: number;
  /** The subgraphs' work per request sent under load (their requests, or SQL statements; see the workload). */
  readonly upstreamPerRequest: number;
  /** CPU time of the gateway's process (user + system, from /proc) per request sent, in milliseconds. */
  readonly cpuMsPerRequest: number;
  /**
   * CPU time of the subgraphs' processes per request sent, in milliseconds, where the workload
   * runs them as processes (the domain and distinct workloads): what the gateway cannot save.
   */
  readonly subgraphCpuMsPerRequest?: number;
  /** Size of the verified answer (a pool's: the mean over its answers). */
  readonly responseBytes: number;
  /** Its size on the wire (smaller when compressed; a pool's: the mean). */
  readonly wireBytes: number;
  readonly rounds: readonly RoundSummary[];
  readonly sampleFailure?: string;
}

export interface GatewayInfo {
  readonly name: GatewayName;
  readonly description: string;
  readonly versions: Readonly<Record<string, string>>;
}

export interface WorkloadInfo {
  readonly name: WorkloadName;
  readonly title: string;
  readonly notes: readonly string[];
  /** Each gateway's VmHWM (peak resident set over its life: start, verification, warm-up, all rounds), in MiB. */
  readonly peakRssMiB: Readonly<Partial<Record<GatewayName, number>>>;
  /** What the subgraphs do for one request alone through each gateway, by operation (`unit`: their requests, or SQL statements; a pool's: the mean). */
  readonly upstreamPerRequest: {
    readonly unit: string;
    readonly byOperation: Readonly<Record<string, Readonly<Partial<Record<GatewayName, number>>>>>;
  };
  /**
   * The subgraph requests and entity representations of one request alone through each gateway,
   * by operation; only where the subgraphs count them (the standard workload).
   */
  readonly fetchesPerRequest?: Readonly<
    Record<string, Readonly<Partial<Record<GatewayName, SubgraphFetches>>>>
  >;
}

export interface Ratio {
  readonly workload: WorkloadName;
  readonly operation: string;
  readonly connections: number;
  readonly gateway: GatewayName;
  readonly versus: GatewayName;
  /** ours (or a variant of ours) / other: above 1 is better for throughput, worse for latency and memory. */
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly cpuPerRequest: number;
  readonly maxRss: number;
  readonly wireBytes: number;
}

export interface BenchReport {
  readonly date: string;
  readonly totalSeconds: number;
  readonly machine: MachineInfo;
  readonly loadAverageAtEnd: readonly number[];
  readonly options: BenchOptions;
  readonly gateways: readonly GatewayInfo[];
  readonly workloads: readonly WorkloadInfo[];
  readonly measurements: readonly Measurement[];
  readonly ratios: readonly Ratio[];
  readonly targets: readonly TargetResult[];
  /** A publish under load (warm plans on and off); absent with BENCH_PUBLISH=false. */
  readonly publish?: PublishResult;
  readonly notes: readonly string[];
}

/** Ours, or a variant of ours (`ours+cache`, `ours-dedup`, `ours x2 workers`...). */
export const isOurs = (gateway: string): boolean =>
  gateway === 'ours' ||
  gateway.startsWith('ours+') ||
  gateway.startsWith('ours-') ||
  gateway.startsWith('ours ');

/** With in-flight deduplication turned off (`ours-dedup`, `hive-dedup`). */
const dedupOff = (gateway: string) => gateway.endsWith('-dedup');

/**
 * Which pairs are compared: ours against every other gateway; each variant of ours against ours
 * (what one setting is worth); and a variant with deduplication off against the others with it off
 * and against vanilla, which has none.
 */
function compared(gateway: GatewayName, other: GatewayName): boolean {
  if (gateway === 'ours') return !isOurs(other);
  if (!isOurs(gateway)) return false;
  if (other === 'ours') return true;
  return dedupOff(gateway) && (other === 'vanilla' || (dedupOff(other) && !isOurs(other)));
}

/** `ours` / `other`, measure by measure (both of the same operation and connection count). */
export function ratio(ours: Measurement, other: Measurement): Ratio {
  return {
    workload: ours.workload,
    operation: ours.operation,
    connections: ours.connections,
    gateway: ours.gateway,
    versus: other.gateway,
    rps: ours.rps / other.rps,
    p50: ours.p50Ms / other.p50Ms,
    p99: ours.p99Ms / other.p99Ms,
    cpuPerRequest: ours.cpuMsPerRequest / other.cpuMsPerRequest,
    maxRss: ours.maxRssMiB / other.maxRssMiB,
    wireBytes: ours.wireBytes / other.wireBytes,
  };
}

/** The ratios of the pairs `compared` picks, measured on the same operation at the same connection count. */
export function ratiosOf(measurements: readonly Measurement[]): Ratio[] {
  const ratios: Ratio[] = [];
  for (const ours of measurements.filter((m) => isOurs(m.gateway))) {
    for (const other of measurements) {
      if (
        other.workload === ours.workload &&
        other.operation === ours.operation &&
        other.connections === ours.connections &&
        compared(ours.gateway, other.gateway)
      )
        ratios.push(ratio(ours, other));
    }
  }
  return ratios;
}
