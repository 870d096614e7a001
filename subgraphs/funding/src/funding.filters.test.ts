/**
 * Every filter of the SDL against the whole seeded data read without filters: a filtered list
 * must hold exactly the rows that satisfy the filter, computed here independently.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseEuro } from '../../../lib/scalars.js';
import { encodeCursor } from '../../../lib/pagination.js';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { funding } from './subgraph.js';
import {
  allAllocations,
  allCalls,
  allSources,
  readAll,
  regionOfAction,
  type ListedAllocation,
  type ListedCall,
  type ListedSource,
  type Page,
} from './funding.fixture.js';

const REFERENCE_DATE = '2026-10-31';
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describeEachDialect('funding subgraph filters', (dialect) => {
  let subgraph: RunningSubgraph;
  let sources: ListedSource[];
  let calls: ListedCall[];
  let allocations: ListedAllocation[];
  beforeAll(async () => {
    subgraph = await startSubgraph(funding, dialect.config('funding'));
    [sources, calls, allocations] = await Promise.all([
      allSources(subgraph),
      allCalls(subgraph),
      allAllocations(subgraph),
    ]);
  });
  afterAll(() => subgraph?.dispose());

  it('filters sources by levels, kind, priorities, programming period, name and region', async () => {
    const cases: [Record<string, unknown>, (s: ListedSource) => boolean][] = [
      [{ levels: ['EU'] }, (s) => s.level === 'EU'],
      [{ levels: ['REGIONAL', 'LOCAL'] }, (s) => s.level === 'REGIONAL' || s.level === 'LOCAL'],
      [{ kind: 'INNOVATIVE' }, (s) => s.kind === 'INNOVATIVE'],
      [{ priorities: ['MIGRANT_WOMEN'] }, (s) => s.priorities.includes('MIGRANT_WOMEN')],
      [
        { priorities: ['LEGAL_ENTRY_CHANNELS', 'DECENT_WORK'] },
        (s) => s.priorities.some((p) => p === 'LEGAL_ENTRY_CHANNELS' || p === 'DECENT_WORK'),
      ],
      [{ programmingPeriod: '2021-2027' }, (s) => s.programmingPeriod === '2021-2027'],
      [{ nameContains: 'FONDAZIONE' }, (s) => s.name.text.toLowerCase().includes('fondazione')],
      [{ regionCode: '03' }, (s) => s.region?.code === '03'],
      [{ levels: ['PRIVATE'], regionCode: '01' }, (s) => s.level === 'PRIVATE' && s.region?.code === '01'],
      [{ levels: [], priorities: [] }, () => true],
    ];
    for (const [filter, predicate] of cases) {
      const expected = sources.filter(predicate);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(ids(await allSources(subgraph, filter)), JSON.stringify(filter)).toEqual(ids(expected));
    }
    const lombardy = ids(await allSources(subgraph, { regionCode: '03' }));
    expect(lombardy).toEqual(
      expect.arrayContaining([
        'FS-COMUNE-MILANO',
        'FS-FONDAZIONE-CARIPLO',
        'FS-PR-FSEPLUS-03-2021-2027',
        'FS-CROWDFUNDING-CIVICO-MILANO',
      ]),
    );
  });

  it('matches nameContains literally: LIKE wildcards in the text match nothing extra', async () => {
    expect(await allSources(subgraph, { nameContains: '%' })).toEqual([]);
    expect(await allSources(subgraph, { nameContains: '_' })).toEqual([]);
    expect(ids(await allSources(subgraph, { nameContains: 'fami 2021' }))).toEqual(['FS-FAMI-2021-2027']);
    expect(await allSources(subgraph, { regionCode: '99' })).toEqual([]);
  });

  it('derives call statuses from the dates and the reference date, and filters on them', async () => {
    for (const call of calls) {
      const expected =
        call.opensOn > REFERENCE_DATE ? 'FORTHCOMING' : call.closesOn < REFERENCE_DATE ? 'CLOSED' : 'OPEN';
      expect(call.status, call.id).toBe(expected);
      expect(call.opensOn < call.closesOn, call.id).toBe(true);
    }
    for (const status of ['FORTHCOMING', 'OPEN', 'CLOSED']) {
      const expected = calls.filter((c) => c.status === status);
      expect(expected.length, status).toBeGreaterThan(0);
      expect(ids(await allCalls(subgraph, { statuses: [status] }))).toEqual(ids(expected));
    }
    const openOrSoon = calls.filter(
      (c) => c.status !== 'CLOSED' && c.fundingSource.id === 'FS-FAMI-2021-2027',
    );
    const filter = { fundingSourceId: 'FS-FAMI-2021-2027', statuses: ['OPEN', 'FORTHCOMING'] };
    expect(ids(await allCalls(subgraph, filter))).toEqual(ids(openOrSoon));
  });

  it("filters a source's own calls, and pages through them", async () => {
    const query = `query($after: String, $filter: CallFilter) { fundingSource(id: "FS-FAMI-2021-2027") { calls(filter: $filter, first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status opensOn closesOn fundingSource { id } } } } } }`;
    const pick = (d: Record<string, unknown>) => (d['fundingSource'] as { calls: Page<ListedCall> }).calls;
    const own = await readAll<ListedCall>(subgraph, query, pick);
    expect(ids(own)).toEqual(ids(calls.filter((c) => c.fundingSource.id === 'FS-FAMI-2021-2027')));
    const closed = await readAll<ListedCall>(subgraph, query, pick, { filter: { statuses: ['CLOSED'] } });
    expect(ids(closed)).toEqual(ids(own.filter((c) => c.status === 'CLOSED')));
    // A filter on another source, under this source, is the intersection: nothing.
    expect(
      await readAll<ListedCall>(subgraph, query, pick, { filter: { fundingSourceId: 'FS-FNPM' } }),
    ).toEqual([]);
  });

  it('filters allocations by source, call, pilot action, region and committed range', async () => {
    const withCall = allocations.find((a) => a.call !== null)!;
    const atLeast = '500000.00';
    const atMost = '1000000.00';
    const cases: [Record<string, unknown>, (a: ListedAllocation) => boolean][] = [
      [{ fundingSourceId: 'FS-FAMI-2021-2027' }, (a) => a.fundingSource.id === 'FS-FAMI-2021-2027'],
      [{ callId: withCall.call!.id }, (a) => a.call?.id === withCall.call!.id],
      [{ pilotActionId: 'PA-057' }, (a) => a.pilotAction.id === 'PA-057'],
      [{ regionCode: '15' }, (a) => regionOfAction(a.pilotAction.id) === '15'],
      [{ committedAtLeast: atLeast }, (a) => parseEuro(a.committed) >= parseEuro(atLeast)],
      [{ committedAtMost: atMost }, (a) => parseEuro(a.committed) <= parseEuro(atMost)],
      [
        { regionCode: '03', committedAtLeast: atLeast, committedAtMost: atMost },
        (a) =>
          regionOfAction(a.pilotAction.id) === '03' &&
          parseEuro(a.committed) >= parseEuro(atLeast) &&
          parseEuro(a.committed) <= parseEuro(atMost),
      ],
    ];
    for (const [filter, predicate] of cases) {
      const expected = allocations.filter(predicate);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(ids(await allAllocations(subgraph, filter)), JSON.stringify(filter)).toEqual(ids(expected));
    }
    expect(await allAllocations(subgraph, { pilotActionId: 'PA-999' })).toEqual([]);
  });

  it('pages without gaps: small pages give the same list as one large page', async () => {
    const query = `query($after: String) { allocations(first: 7, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const small = await readAll<{ id: string }>(
      subgraph,
      query,
      (d) => d['allocations'] as Page<{ id: string }>,
    );
    expect(small.map((a) => a.id)).toEqual(allocations.map((a) => a.id));
    expect(small.map((a) => a.id)).toEqual([...small.map((a) => a.id)].sort());
    const past = await subgraph.query(
      `query($after: String) { allocations(first: 5, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      {
        after: encodeCursor(allocations.length + 10),
      },
    );
    expect(past.data?.allocations).toEqual({
      totalCount: allocations.length,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});
