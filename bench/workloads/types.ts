/** What a workload gives the benchmark: a supergraph over running subgraphs, and the operations to measure. */

/** JSON as parsed. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export interface Operation {
  /** Shown in the results, e.g. `TestQuery`. */
  readonly name: string;
  /** The HTTP body every request sends: `{"query":...,"operationName":...}`. */
  readonly body: string;
  /**
   * Checks one gateway's `data` on its own (before the gateways are compared with each other);
   * returns what is wrong, or `undefined`. @default no check of its own
   */
  check?(data: Json): string | undefined;
}

export interface RunningWorkload {
  /** `standard` or `domain`. */
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
  /** Said with the results (how the subgraphs run, what differs from production). */
  readonly notes: readonly string[];
  /** Stops the subgraphs and removes temporary files. */
  dispose(): Promise<void>;
}

export const WORKLOAD_NAMES = ['standard', 'domain'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];
