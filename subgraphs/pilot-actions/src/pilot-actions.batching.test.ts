/**
 * Pagination and batching of the pilot-actions subgraph, on SQLite and PostgreSQL: cursors page
 * through lists without gaps, and the number of SQL statements of a request does not depend on
 * how many entities it resolves (the gateway sends `_entities` batches of hundreds).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { caller } from '../../../test/assertions.js';
import { pilotActions } from './subgraph.js';

const pad = (n: number, digits: number) => String(n).padStart(digits, '0');
const refs = (typename: string, key: string, n: number, id: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => ({ __typename: typename, [key]: id(i + 1) }));

/** Findings and follow-ups of visits are internal: batches are read as a monitoring team would. */
const monitor = caller('pilot-actions', ['monitoring:read']);

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Record<string, string> }[];
};

describeEachDialect('pilot-actions pagination and batching', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(pilotActions, dialect.config('pilot-actions'));
  });
  afterAll(() => subgraph?.dispose());

  /** Follows `endCursor` through the connection that `select` picks from each response. */
  async function pageThrough(
    query: string,
    select: (data: Record<string, unknown>) => unknown,
  ): Promise<{ seen: Record<string, string>[]; total: number }> {
    const seen: Record<string, string>[] = [];
    let after: string | null = null;
    let total = -1;
    for (let guard = 0; guard < 200; guard++) {
      const result = await subgraph.query(query, { after });
      expect(result.errors).toBeUndefined();
      const page = select(result.data!) as Page;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { seen, total };
  }

  it('pages through the actions without gaps or repeats, in id order', async () => {
    const { seen, total } = await pageThrough(
      `query($after: String) { pilotActions(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      (d) => d['pilotActions'],
    );
    expect(total).toBe(80);
    expect(seen.map((n) => n.id)).toEqual(Array.from({ length: 80 }, (_, i) => `PA-${pad(i + 1, 3)}`));
  });

  it('pages through an indicator’s measurements and an action’s visits in date order', async () => {
    const measurements = await pageThrough(
      `query($after: String) { indicator(id: "IND-0001") { measurements(first: 5, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id measuredOn } } } } }`,
      (d) => (d['indicator'] as Record<string, unknown>)['measurements'],
    );
    expect(measurements.total).toBeGreaterThan(5);
    expect(new Set(measurements.seen.map((m) => m.id)).size).toBe(measurements.total);
    const dates = measurements.seen.map((m) => m.measuredOn as string);
    expect(dates).toEqual([...dates].sort());
    const visits = await pageThrough(
      `query($after: String) { pilotAction(id: "PA-009") { monitoringVisits(first: 1, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id visitedOn } } } } }`,
      (d) => (d['pilotAction'] as Record<string, unknown>)['monitoringVisits'],
    );
    expect(visits.total).toBeGreaterThan(1);
    expect(new Set(visits.seen.map((v) => v.id)).size).toBe(visits.total);
    const last = await subgraph.query(`{ pilotAction(id: "PA-009") { lastMonitoringVisit { id } } }`);
    expect(last.data!.pilotAction.lastMonitoringVisit.id).toBe(visits.seen.at(-1)!.id);
  });

  /** Statements run by one request. */
  async function cost(
    query: string,
    representations: unknown[],
  ): Promise<{ statements: number; entities: unknown[] }> {
    const before = subgraph.statements();
    const result = await subgraph.queryAs(monitor, query, { r: representations });
    expect(result.errors).toBeUndefined();
    return { statements: subgraph.statements() - before, entities: result.data!._entities as unknown[] };
  }

  it('resolves 100 pilot action references with all their relations in as many statements as 10', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PilotAction {
      id code title { text } status allowedTransitions behindTarget startsOn endsOn inspiredBy { text }
      leadAuthority { kind region { code } municipality { istatCode } }
      municipalities { istatCode } partnerAssociations { id } relatedServices { id }
      indicators { id code name { text } progress expectedProgress behindTarget measurements(first: 3) { totalCount edges { node { id value } } } }
      lastMonitoringVisit { id visitedOn rating municipality { istatCode } }
      monitoringVisits(first: 2) { totalCount edges { node { id findings { text } } } } } } }`;
    const ten = await cost(
      query,
      refs('PilotAction', 'id', 10, (i) => `PA-${pad(i, 3)}`),
    );
    // PA-081 .. PA-100 do not exist: unknown references resolve to null within the same batch.
    const hundred = await cost(
      query,
      refs('PilotAction', 'id', 100, (i) => `PA-${pad(i, 3)}`),
    );
    expect(hundred.entities.filter(Boolean)).toHaveLength(80);
    expect(hundred.entities.slice(80)).toEqual(Array(20).fill(null));
    console.info(
      `[${dialect.dialect}] PilotAction _entities: 10 -> ${ten.statements} statements, 100 -> ${hundred.statements}`,
    );
    expect(hundred.statements).toBe(ten.statements);
    // actions, indicators (with progress), behind-target aggregate, last visits, visit pages, measurement pages.
    expect(ten.statements).toBe(6);
  });

  it('resolves indicator, measurement and visit references in a constant number of statements', async () => {
    const indicatorQuery = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Indicator {
      id progress behindTarget pilotAction { id behindTarget lastMonitoringVisit { id } } measurements(first: 2) { edges { node { id } } } } } }`;
    // One request at a time: the statement counter is shared by the server.
    const i10 = await cost(
      indicatorQuery,
      refs('Indicator', 'id', 10, (i) => `IND-${pad(i, 4)}`),
    );
    const i100 = await cost(
      indicatorQuery,
      refs('Indicator', 'id', 100, (i) => `IND-${pad(i, 4)}`),
    );
    expect(i100.entities.filter(Boolean)).toHaveLength(100);
    expect([i10.statements, i100.statements]).toEqual([5, 5]);

    const measurementQuery = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Measurement { id value indicator { id pilotAction { id } } } } }`;
    const m10 = await cost(
      measurementQuery,
      refs('Measurement', 'id', 10, (i) => `MEA-${pad(i * 37, 6)}`),
    );
    const m100 = await cost(
      measurementQuery,
      refs('Measurement', 'id', 100, (i) => `MEA-${pad(i * 37, 6)}`),
    );
    expect(m100.entities.filter(Boolean)).toHaveLength(100);
    expect([m10.statements, m100.statements]).toEqual([3, 3]);

    const visitQuery = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MonitoringVisit {
      id visitedOn findings { text } followUps municipality { istatCode } pilotAction { id indicators { id } } } } }`;
    const v10 = await cost(
      visitQuery,
      refs('MonitoringVisit', 'id', 10, (i) => `MV-${pad(i, 4)}`),
    );
    const v100 = await cost(
      visitQuery,
      refs('MonitoringVisit', 'id', 100, (i) => `MV-${pad(i, 4)}`),
    );
    expect(v100.entities.filter(Boolean)).toHaveLength(100);
    expect([v10.statements, v100.statements]).toEqual([3, 3]);
  });

  it('pages the actions of many regions and municipalities in one statement', async () => {
    const all = await subgraph.query(
      `{ pilotActions(first: 100) { edges { node { municipalities { istatCode } } } } }`,
    );
    const codes = [
      ...new Set<string>(
        all.data!.pilotActions.edges.flatMap((e: { node: { municipalities: { istatCode: string }[] } }) =>
          e.node.municipalities.map((m) => m.istatCode),
        ),
      ),
    ];
    expect(codes.length).toBeGreaterThan(100);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { istatCode
      pilotActions(first: 5) { totalCount edges { node { id behindTarget } } } } ... on Region { code pilotActions { totalCount } } } }`;
    const few = await cost(
      query,
      codes.slice(0, 10).map((istatCode) => ({ __typename: 'Municipality', istatCode })),
    );
    const many = await cost(query, [
      ...codes.slice(0, 100).map((istatCode) => ({ __typename: 'Municipality', istatCode })),
      ...refs('Region', 'code', 20, (i) => pad(i, 2)),
    ]);
    for (const entity of many.entities.slice(0, 100) as { pilotActions: { totalCount: number } }[]) {
      expect(entity.pilotActions.totalCount).toBeGreaterThan(0);
    }
    expect(few.statements).toBe(2);
    expect(many.statements).toBe(3);
  });
});
