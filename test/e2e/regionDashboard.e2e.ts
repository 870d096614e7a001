/**
 * The region dashboard costs the same whatever the region's size: RegionDashboard through the real
 * gateway makes the same subgraph fetches and the same SQL statements for the smallest region of
 * the seed as for the largest, within the bound docs/frontend.md states ("The region dashboard's cost").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RegionDashboardDocument,
  type RegionDashboardQuery,
} from '../../clients/__generated__/operations.js';
import { readCounter } from '../../lib/metrics.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

/**
 * One fetch per subgraph (territories, then services, associations and pilot-actions, then
 * funding), and one batched statement per kind of data: the region (territories), its counts by
 * area (services) and by community (associations), its page of actions with their total, their
 * indicators with progress and whether each is behind (pilot-actions), their sums, sums by source
 * and the sources (funding).
 */
const BOUND = { fetches: 5, statements: 9 } as const;

let graph: E2EGraph;
beforeAll(async () => {
  // Measured: what computing the answer costs, so no answer comes from the response cache.
  graph = await startE2EGraph({ env: () => ({ GATEWAY_RESPONSE_CACHE: 'false' }) });
});
afterAll(() => graph?.dispose());

async function gatewayFetches(): Promise<number> {
  const text = await (await fetch(graph.gateway.url.replace('/graphql', '/metrics'))).text();
  return readCounter(text, 'integra_subgraph_fetches_total');
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

interface Cost {
  readonly regionCode: string;
  /** What the dashboard aggregates: services, associations, active actions, indicators, funding lines. */
  readonly size: number;
  /** Active pilot actions: the parents of the nested levels (indicators, funding, sources). */
  readonly actions: number;
  readonly fetches: number;
  readonly statements: number;
  readonly statementsBySubgraph: Record<string, number>;
}

/** Runs the dashboard for one region, alone, and reads what it cost the subgraphs. */
async function dashboardCost(regionCode: string): Promise<Cost> {
  const fetchesBefore = await gatewayFetches();
  const statementsBefore = await graph.statementCounts();
  const result = await graph.execute(RegionDashboardDocument, { regionCode });
  const statementsAfter = await graph.statementCounts();
  const fetches = (await gatewayFetches()) - fetchesBefore;
  expect(result.errors).toBeUndefined();
  const region = result.data?.region as NonNullable<RegionDashboardQuery['region']>;
  expect(region.code).toBe(regionCode);
  const actions = region.pilotActions.edges.map((e) => e.node);
  expect(region.pilotActions.totalCount).toBe(actions.length); // the whole list, not a page of it
  const size =
    region.serviceCountsByArea.reduce((sum, a) => sum + a.count, 0) +
    region.associationCountsByCommunity.reduce((sum, c) => sum + c.count, 0) +
    actions.length +
    actions.reduce((sum, a) => sum + a.indicators.length + a.funding.bySource.length, 0);
  const statementsBySubgraph = Object.fromEntries(
    Object.keys(statementsAfter).map((name) => [
      name,
      (statementsAfter[name] ?? 0) - (statementsBefore[name] ?? 0),
    ]),
  );
  return {
    regionCode,
    size,
    actions: actions.length,
    fetches,
    statements: total(statementsBySubgraph),
    statementsBySubgraph,
  };
}

describe('RegionDashboard through the gateway', () => {
  it('costs the smallest region of the seed the same fetches and SQL statements as the largest, within the bound', async () => {
    const regions = await graph.execute<{ regions: { edges: { node: { code: string } }[] } }, never>(
      `{ regions(first: 20) { edges { node { code } } } }`,
    );
    const codes = regions.data?.regions.edges.map((e) => e.node.code) ?? [];
    expect(codes).toHaveLength(20);
    // Warm-up: the query plan. In English, so that the answer the gateway's response cache keeps
    // for it is not the one measured below (the cache keys by language, the plan does not).
    await graph.execute(RegionDashboardDocument, { regionCode: '03' }, { 'accept-language': 'en' });
    const costs: Cost[] = [];
    for (const code of codes) costs.push(await dashboardCost(code));
    const bySize = [...costs].sort((a, b) => a.size - b.size);
    const smallest = bySize[0] as Cost;
    const largest = bySize.at(-1) as Cost;
    console.log(
      `RegionDashboard: smallest region ${smallest.regionCode} (size ${smallest.size}, ${smallest.actions} actions): ${smallest.fetches} fetches, ${smallest.statements} statements ${JSON.stringify(smallest.statementsBySubgraph)}; ` +
        `largest ${largest.regionCode} (size ${largest.size}, ${largest.actions} actions): ${largest.fetches} fetches, ${largest.statements} statements ${JSON.stringify(largest.statementsBySubgraph)}`,
    );
    // A real difference at every level, nested ones included: a per-parent query would show.
    expect(largest.size).toBeGreaterThan(10 * smallest.size);
    expect(largest.actions).toBeGreaterThan(smallest.actions);
    expect(largest.fetches).toBe(smallest.fetches);
    expect(largest.statementsBySubgraph).toEqual(smallest.statementsBySubgraph);
    for (const cost of costs) {
      expect(cost.fetches, `fetches for region ${cost.regionCode}`).toBeLessThanOrEqual(BOUND.fetches);
      expect(cost.statements, `statements for region ${cost.regionCode}`).toBeLessThanOrEqual(
        BOUND.statements,
      );
    }
  });
});
