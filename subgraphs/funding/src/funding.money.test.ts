/**
 * Sums and their cost: committed and spent figures must equal the allocations they sum (read
 * page by page), and resolving many entities must cost the same number of SQL statements as few.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseEuro } from '../../../lib/scalars.js';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { funding } from './subgraph.js';
import {
  allAllocations,
  readAll,
  regionOfAction,
  type ListedAllocation,
  type Page,
} from './funding.fixture.js';

const FAMI = 'FS-FAMI-2021-2027';
const actionIds = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `PA-${String(from + i).padStart(3, '0')}`);

interface Funding {
  committed: string;
  spent: string;
  bySource: { fundingSource: { id: string }; committed: string; spent: string }[];
  allocations: { id: string }[];
}

describeEachDialect('funding subgraph sums', (dialect) => {
  let subgraph: RunningSubgraph;
  let allocations: ListedAllocation[];
  beforeAll(async () => {
    subgraph = await startSubgraph(funding, dialect.config('funding'));
    allocations = await allAllocations(subgraph);
  });
  afterAll(() => subgraph?.dispose());

  it("FAMI 2021-2027's committed and spent equal the sums over its allocations read page by page", async () => {
    const query = `query($after: String) { fundingSource(id: "${FAMI}") { committed spent allocations(first: 9, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id committed spent fundingSource { id } call { id } pilotAction { id } } } } } }`;
    const own = await readAll<ListedAllocation>(
      subgraph,
      query,
      (d) => (d['fundingSource'] as { allocations: Page<ListedAllocation> }).allocations,
    );
    const totals = (await subgraph.query(`{ fundingSource(id: "${FAMI}") { committed spent } }`)).data
      ?.fundingSource;
    expect(own.length).toBeGreaterThanOrEqual(30);
    expect(own.every((a) => a.fundingSource.id === FAMI)).toBe(true);
    expect(parseEuro(totals.committed)).toBe(own.reduce((sum, a) => sum + parseEuro(a.committed), 0));
    expect(parseEuro(totals.spent)).toBe(own.reduce((sum, a) => sum + parseEuro(a.spent), 0));
    expect(parseEuro(totals.spent)).toBeLessThanOrEqual(parseEuro(totals.committed));
  });

  it('every source sums exactly its allocations; spent never exceeds committed', async () => {
    const result = await subgraph.query(
      `{ fundingSources(first: 100) { edges { node { id committed spent totalBudget } } } }`,
    );
    const sources: { id: string; committed: string; spent: string; totalBudget: string }[] =
      result.data?.fundingSources.edges.map((e: { node: unknown }) => e.node);
    for (const source of sources) {
      const own = allocations.filter((a) => a.fundingSource.id === source.id);
      expect(parseEuro(source.committed), source.id).toBe(
        own.reduce((sum, a) => sum + parseEuro(a.committed), 0),
      );
      expect(parseEuro(source.spent), source.id).toBe(own.reduce((sum, a) => sum + parseEuro(a.spent), 0));
      expect(parseEuro(source.committed), source.id).toBeLessThanOrEqual(parseEuro(source.totalBudget));
    }
    for (const a of allocations) {
      expect(parseEuro(a.spent), a.id).toBeLessThanOrEqual(parseEuro(a.committed));
      // Realistic amounts: tens of thousands to a few million euro.
      expect(parseEuro(a.committed), a.id).toBeGreaterThanOrEqual(10_000_00);
      expect(parseEuro(a.committed), a.id).toBeLessThanOrEqual(5_000_000_00);
    }
  });

  it("a pilot action's funding: by-source sums equal its totals, which equal its allocations", async () => {
    const result = await subgraph.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on PilotAction { id funding {
      committed spent bySource { fundingSource { id } committed spent } allocations { id } } } } }`,
      {
        r: actionIds(1, 80).map((id) => ({ __typename: 'PilotAction', id })),
      },
    );
    expect(result.errors).toBeUndefined();
    for (const action of result.data?._entities as { id: string; funding: Funding }[]) {
      const { funding: f, id } = action;
      const own = allocations.filter((a) => a.pilotAction.id === id);
      expect(
        f.allocations.map((a) => a.id),
        id,
      ).toEqual(own.map((a) => a.id));
      expect(
        f.bySource.reduce((sum, s) => sum + parseEuro(s.committed), 0),
        id,
      ).toBe(parseEuro(f.committed));
      expect(
        f.bySource.reduce((sum, s) => sum + parseEuro(s.spent), 0),
        id,
      ).toBe(parseEuro(f.spent));
      expect(
        own.reduce((sum, a) => sum + parseEuro(a.committed), 0),
        id,
      ).toBe(parseEuro(f.committed));
      expect(new Set(f.bySource.map((s) => s.fundingSource.id)).size, id).toBe(f.bySource.length);
      expect(parseEuro(f.spent), id).toBeLessThanOrEqual(parseEuro(f.committed));
    }
    const unknown = await subgraph.query(
      `{ _entities(representations: [{ __typename: "PilotAction", id: "PA-999" }]) { ... on PilotAction { funding { committed spent bySource { committed } } } } }`,
    );
    expect(unknown.data?._entities).toEqual([
      { funding: { committed: '0.00', spent: '0.00', bySource: [] } },
    ]);
  });

  it('FAMI 2021-2027 funds 30+ distinct actions in many regions, listed once each, by id', async () => {
    const query = `query($after: String) { fundingSource(id: "${FAMI}") { pilotActions(first: 8, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`;
    const funded = await readAll<{ id: string }>(
      subgraph,
      query,
      (d) => (d['fundingSource'] as { pilotActions: Page<{ id: string }> }).pilotActions,
    );
    const expected = [
      ...new Set(allocations.filter((a) => a.fundingSource.id === FAMI).map((a) => a.pilotAction.id)),
    ].sort();
    expect(funded.map((a) => a.id)).toEqual(expected);
    expect(funded.length).toBeGreaterThanOrEqual(30);
    expect(new Set(funded.map((a) => regionOfAction(a.id))).size).toBeGreaterThanOrEqual(15);
  });

  it("allocations through a call are of the call's source and stay within its budget", async () => {
    const result = await subgraph.query(
      `{ calls(first: 100) { edges { node { id budget fundingSource { id } allocations(first: 100) { totalCount edges { node { committed fundingSource { id } } } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    type Node = {
      id: string;
      budget: string;
      fundingSource: { id: string };
      allocations: Page<{ committed: string; fundingSource: { id: string } }>;
    };
    const calls: Node[] = result.data?.calls.edges.map((e: { node: Node }) => e.node);
    for (const call of calls) {
      const own = call.allocations.edges.map((e) => e.node);
      expect(own.length, call.id).toBe(allocations.filter((a) => a.call?.id === call.id).length);
      expect(
        own.every((a) => a.fundingSource.id === call.fundingSource.id),
        call.id,
      ).toBe(true);
      expect(
        own.reduce((sum, a) => sum + parseEuro(a.committed), 0),
        call.id,
      ).toBeLessThanOrEqual(parseEuro(call.budget));
    }
  });

  async function cost(query: string, representations: object[]): Promise<number> {
    const before = subgraph.statements();
    const result = await subgraph.query(query, { r: representations });
    expect(result.errors).toBeUndefined();
    expect((result.data?._entities as unknown[]).length).toBe(representations.length);
    return subgraph.statements() - before;
  }

  it('resolves 100 pilot actions with their funding in as many statements as 10', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PilotAction { id funding {
      committed spent
      bySource { committed spent fundingSource { id name { text } level priorities committed spent } }
      allocations { id committed spent pilotAction { id } fundingSource { id name { text } } call { id status title { text } fundingSource { id } } }
    } } } }`;
    const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'PilotAction', id }));
    const cost10 = await cost(query, reps(actionIds(1, 10)));
    const cost100 = await cost(query, reps(actionIds(1, 100)));
    console.info(
      `[funding/${dialect.dialect}] PilotAction.funding statements: 10 refs -> ${cost10}, 100 refs -> ${cost100}`,
    );
    expect(cost100).toBe(cost10);
    // Sums, sums by source, allocations, sources, source sums, priorities, calls: one statement each.
    expect(cost10).toBe(7);
  });

  it('resolves 100 allocation, call or source references with their relations in as many statements as 10', async () => {
    // One type per request: DataLoader's per-request cache would otherwise let a small batch
    // reuse rows another type loaded, and the comparison would no longer be like for like.
    const pad = (n: number) => String(n).padStart(4, '0');
    const sourceIds = [...new Set(allocations.map((a) => a.fundingSource.id))];
    const cases: [string, string, (n: number) => object[], number][] = [
      [
        'Allocation',
        'id committed fundingSource { id committed } call { id status } pilotAction { id }',
        (n) => Array.from({ length: n }, (_, i) => ({ __typename: 'Allocation', id: `ALL-${pad(i + 1)}` })),
        4,
      ],
      [
        'Call',
        'id status fundingSource { id name { text } } allocations(first: 3) { totalCount edges { node { id } } }',
        (n) => Array.from({ length: n }, (_, i) => ({ __typename: 'Call', id: `CALL-${pad(i + 1)}` })),
        3,
      ],
      [
        'FundingSource',
        'id committed spent priorities region { code } calls(first: 2) { totalCount } pilotActions(first: 2) { totalCount }',
        (n) =>
          Array.from({ length: n }, (_, i) => ({
            __typename: 'FundingSource',
            id: sourceIds[i % sourceIds.length],
          })),
        5,
      ],
    ];
    for (const [type, fields, reps, expected] of cases) {
      const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${fields} } } }`;
      const cost10 = await cost(query, reps(10));
      const cost100 = await cost(query, reps(100));
      console.info(
        `[funding/${dialect.dialect}] ${type} statements: 10 refs -> ${cost10}, 100 refs -> ${cost100}`,
      );
      expect(cost100, type).toBe(cost10);
      expect(cost10, type).toBe(expected);
    }
  });
});
