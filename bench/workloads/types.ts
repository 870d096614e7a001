/** What a workload gives the benchmark: a supergraph over running subgraphs, and the operations to measure. */

/** JSON as parsed. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export interface Operation {
  /** Shown in the results, e.g. `TestQuery`, or `mix` for a pool. */
  readonly name: string;
  /** The HTTP body every request sends: `{"query":...,"operationName":...}` (a pool's first). */
  readonly body: string;
  /**
   * Distinct bodies the load cycles through, each request taking the next; each one is verified on
   * its own, and each answer compared with the verified answer to its body. @default [body]
   */
  readonly pool?: readonly string[];
  /**
   * Checks one gateway's `data` on its own (before the gateways are compared with each other);
   * returns what is wrong, or `undefined`. @default no check of its own
   */
  check?(data: Json): string | undefined;
}

/** Every body an operation sends: its pool, or its one body. */
export const bodiesOf = (operation: Operation): readonly string[] => operation.pool ?? [operation.body];

/** What the subgraphs have received so far, where they count it (the standard workload's do). */
export interface SubgraphFetches {
  /** HTTP requests. */
  readonly requests: number;
  /** Entity representations in them (`_entities` fields' `representations`). */
  readonly representations: number;
}

export interface RunningWorkload {
  /** `standard`, `domain` or `distinct`. */
  readonly name: WorkloadName;
  readonly title: string;
  /** The composed supergraph, its routing URLs pointing at the running subgraphs. */
  readonly supergraphPath: string;
  readonly operations: readonly Operation[];
  /**
   * A count of the work the subgraphs have done so far (their requests, or SQL statements): read
   * around one request, it shows that every gateway asks the subgraphs for the same.
   */
  readonly upstream: { readonly unit: string; count: () => Promise<number> };
  /** The subgraphs' processes, where the workload runs them: their CPU per request is measured. */
  readonly upstreamPids?: () => readonly number[];
  /** The subgraphs' requests and representations so far; `undefined` where they do not count them. */
  readonly fetches?: () => Promise<SubgraphFetches>;
  /** Said with the results (how the subgraphs run, what differs from production). */
  readonly notes: readonly string[];
  /** Stops the subgraphs and removes temporary files. */
  dispose(): Promise<void>;
}

export const WORKLOAD_NAMES = ['standard', 'domain', 'distinct'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];
