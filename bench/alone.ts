/**
 * What the subgraphs do for one request alone through each gateway, read around requests sent one
 * at a time (no concurrency, so nothing is shared between requests): their requests or SQL
 * statements, and where they count them, their requests and the entity representations in them.
 * The gateways should ask for about the same; under load the rounds compare it with this.
 */
import type { GatewayName, RunningGateway } from './gateways/types.js';
import { postJson } from './http.js';
import { bodiesOf, type Operation, type RunningWorkload, type SubgraphFetches } from './workloads/types.js';

/** What the subgraphs do for one request through a gateway, alone (a pool's: the mean over one pass). */
export interface AloneCounts {
  /** The workload's unit: subgraph requests, or SQL statements. */
  readonly upstream: number;
  /** Subgraph requests and entity representations, where the subgraphs count them. */
  readonly fetches?: SubgraphFetches;
}

/**
 * How much the subgraphs work for one request of each operation through each gateway (their
 * requests, or SQL statements; and where they count them, their requests and the entity
 * representations in them), read around requests sent one at a time: the gateways should ask for
 * the same. A pool is sent once through, body after body, and the counts divided by its size.
 */
export async function upstreamPerRequest(
  gateways: readonly RunningGateway[],
  operations: readonly Operation[],
  workload: Pick<RunningWorkload, 'upstream' | 'fetches'>,
): Promise<Record<string, Partial<Record<GatewayName, AloneCounts>>>> {
  const result: Record<string, Partial<Record<GatewayName, AloneCounts>>> = {};
  for (const operation of operations) {
    const bodies = bodiesOf(operation);
    const byGateway: Partial<Record<GatewayName, AloneCounts>> = {};
    for (const gateway of gateways) {
      const before = await workload.upstream.count();
      const fetchesBefore = await workload.fetches?.();
      for (const body of bodies) await postJson(gateway.url, body);
      const upstream = ((await workload.upstream.count()) - before) / bodies.length;
      const fetchesAfter = await workload.fetches?.();
      byGateway[gateway.name] = {
        upstream,
        ...(fetchesBefore && fetchesAfter
          ? {
              fetches: {
                requests: (fetchesAfter.requests - fetchesBefore.requests) / bodies.length,
                representations:
                  (fetchesAfter.representations - fetchesBefore.representations) / bodies.length,
              },
            }
          : {}),
      };
    }
    result[operation.name] = byGateway;
  }
  return result;
}
