/** The gateways the benchmark compares, each started as its own process. */
import type { ThrowawayKeys } from '../keys.js';
import { processTree, type NodeProcess } from '../process.js';

export const GATEWAY_NAMES = ['ours', 'vanilla', 'hive', 'hive-rust'] as const;
/** One of GATEWAY_NAMES, a variant (`ours+cache`, `ours x2 workers`, `hive-dedup`...; see variants.ts), or `floor` (floor.ts). */
export type GatewayName = string;

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
  /** More replicas of the same gateway, each with its own endpoint: the load is split evenly over all. @default none */
  readonly replicas?: readonly { readonly url: string; readonly process: NodeProcess }[];
  /** The `accept-encoding` the load sends (a compressed answer is then checked by its encoding). @default none */
  readonly acceptEncoding?: string;
  /** It answers from memory without computing anything (the floor): its answers are checked, but prove nothing about GraphQL. @default false */
  readonly canned?: boolean;
}

/** Every endpoint of a gateway (its replicas' too). */
export const endpointsOf = (g: RunningGateway): string[] => [g.url, ...(g.replicas ?? []).map((r) => r.url)];

/** Every process of a gateway: its replicas, and their cluster workers, read now. */
export const pidsOf = (g: RunningGateway): number[] =>
  [g.process, ...(g.replicas ?? []).map((r) => r.process)].flatMap((p) => processTree(p.pid));

/** Stops every process of a gateway. */
export const stopGateway = async (g: RunningGateway): Promise<void> => {
  await Promise.all([g.process, ...(g.replicas ?? []).map((r) => r.process)].map((p) => p.stop()));
};

export interface GatewayKind {
  readonly name: GatewayName;
  /** How it runs, for the results (mode, server, settings). */
  readonly description: string;
  /** Package versions that make up this gateway, by package name. */
  versions(): Readonly<Record<string, string>>;
  /** Starts the process and resolves once it answers a GraphQL request. */
  start(options: GatewayStartOptions): Promise<RunningGateway>;
}
