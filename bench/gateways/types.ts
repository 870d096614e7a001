/** The three gateways the benchmark compares, each started as its own process. */
import type { ThrowawayKeys } from '../keys.js';
import type { NodeProcess } from '../process.js';

export const GATEWAY_NAMES = ['ours', 'vanilla', 'hive'] as const;
export type GatewayName = (typeof GATEWAY_NAMES)[number];

export interface GatewayStartOptions {
  /** The supergraph to serve (its routing URLs point at the running subgraphs). */
  readonly supergraphPath: string;
  readonly port: number;
  /** Throwaway production keys (only ours uses them). */
  readonly keys: ThrowawayKeys;
  /** Extra environment for the gateway's process (`BENCH_OURS_ENV` for ours). @default none */
  readonly env?: Readonly<Record<string, string>>;
  /** Runs Node with `--cpu-prof`, writing the profile into this folder when the process exits. @default no profile */
  readonly cpuProfileDir?: string;
}

export interface RunningGateway {
  readonly name: GatewayName;
  /** The GraphQL endpoint. */
  readonly url: string;
  readonly process: NodeProcess;
}

export interface GatewayKind {
  readonly name: GatewayName;
  /** How it runs, for the results (mode, server, settings). */
  readonly description: string;
  /** Package versions that make up this gateway, by package name. */
  versions(): Readonly<Record<string, string>>;
  /** Starts the process and resolves once it answers a GraphQL request. */
  start(options: GatewayStartOptions): Promise<RunningGateway>;
}
