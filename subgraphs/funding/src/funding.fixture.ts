/**
 * Shared by this subgraph's tests: whole lists read page by page through the API (checking that
 * pages have no gaps or repeats), so that filters and sums can be checked against figures computed
 * independently, in plain code.
 */
import type { RunningSubgraph } from '../../../test/subgraphHarness.js';
import { readConnection, type Page } from '../../../test/readConnection.js';

export type { Page } from '../../../test/readConnection.js';

/** Every node of a connection, read page by page (see `readConnection`). */
export async function readAll<Node extends { id: string }>(
  subgraph: RunningSubgraph,
  query: string,
  pick: (data: Record<string, unknown>) => Page<Node>,
  variables: Record<string, unknown> = {},
): Promise<Node[]> {
  return (await readConnection(subgraph, query, pick, variables)).nodes;
}

export interface ListedSource {
  id: string;
  level: string;
  kind: string;
  programmingPeriod: string;
  priorities: string[];
  name: { text: string };
  region: { code: string } | null;
}

export interface ListedCall {
  id: string;
  status: string;
  opensOn: string;
  closesOn: string;
  fundingSource: { id: string };
}

export interface ListedAllocation {
  id: string;
  committed: string;
  spent: string;
  fundingSource: { id: string };
  call: { id: string } | null;
  pilotAction: { id: string };
}

/** Every funding source, through `fundingSources` with `filter`. */
export function allSources(
  subgraph: RunningSubgraph,
  filter: Record<string, unknown> = {},
): Promise<ListedSource[]> {
  const query = `query($filter: FundingSourceFilter, $after: String) { fundingSources(filter: $filter, first: 17, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id level kind programmingPeriod priorities name { text } region { code } } } } }`;
  return readAll<ListedSource>(subgraph, query, (d) => d['fundingSources'] as Page<ListedSource>, { filter });
}

/** Every call, through `calls` with `filter`. */
export function allCalls(
  subgraph: RunningSubgraph,
  filter: Record<string, unknown> = {},
): Promise<ListedCall[]> {
  const query = `query($filter: CallFilter, $after: String) { calls(filter: $filter, first: 40, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status opensOn closesOn fundingSource { id } } } } }`;
  return readAll<ListedCall>(subgraph, query, (d) => d['calls'] as Page<ListedCall>, { filter });
}

/** Every allocation, through `allocations` with `filter`. */
export function allAllocations(
  subgraph: RunningSubgraph,
  filter: Record<string, unknown> = {},
): Promise<ListedAllocation[]> {
  const query = `query($filter: AllocationFilter, $after: String) { allocations(filter: $filter, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id committed spent fundingSource { id } call { id } pilotAction { id } } } } }`;
  return readAll<ListedAllocation>(subgraph, query, (d) => d['allocations'] as Page<ListedAllocation>, {
    filter,
  });
}

/** The region of pilot action `PA-nnn` by the cross-subgraph convention: 4 actions per region. */
export function regionOfAction(id: string): string {
  return String(Math.ceil(Number(id.slice(3)) / 4)).padStart(2, '0');
}
