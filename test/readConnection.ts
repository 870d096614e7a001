/**
 * Reads a whole cursor connection page by page through a subgraph's API, checking what a client
 * relies on: no repeated node, a total that does not change between pages, and as many nodes as
 * the total says. Tests then check filters and sums against figures computed in plain code.
 */
import { expect } from 'vitest';
import type { RunningSubgraph } from './subgraphHarness.js';

export interface Page<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
}

/** Follows `endCursor` until the end; `pick` extracts the connection from the response data. */
export async function readConnection<Node extends { id: string }>(
  subgraph: RunningSubgraph,
  query: string,
  pick: (data: Record<string, unknown>) => Page<Node>,
  variables: Record<string, unknown> = {},
): Promise<{ nodes: Node[]; totalCount: number; pages: number }> {
  const nodes: Node[] = [];
  const seen = new Set<string>();
  let after: string | null = null;
  let totalCount = -1;
  let pages = 0;
  for (;;) {
    const result = await subgraph.query(query, { ...variables, after });
    expect(result.errors).toBeUndefined();
    const page = pick(result.data as Record<string, unknown>);
    if (totalCount >= 0) expect(page.totalCount).toBe(totalCount);
    totalCount = page.totalCount;
    pages++;
    for (const { node } of page.edges) {
      expect(seen.has(node.id), `${node.id} repeated`).toBe(false);
      seen.add(node.id);
      nodes.push(node);
    }
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges.length).toBeGreaterThan(0);
    after = page.pageInfo.endCursor;
  }
  expect(nodes.length).toBe(totalCount);
  return { nodes, totalCount, pages };
}
