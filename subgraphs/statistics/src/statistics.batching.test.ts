/**
 * Arguments, unknown keys, paging and batching of the statistics subgraph, on SQLite and
 * PostgreSQL: bad arguments are BAD_USER_INPUT naming the argument, unknown territories and
 * communities find nothing, and a request's statement count does not depend on how many regions,
 * provinces or communities it resolves.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type GraphQLResponse, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { istat } from '../../../lib/istat.js';
import { statistics } from './subgraph.js';

const entities = (typename: string, codes: readonly string[]) =>
  codes.map((code) => ({ __typename: typename, code }));
const onEntities = (fragment: string) =>
  `query($r: [_Any!]!) { _entities(representations: $r) { ${fragment} } }`;
const REGIONS = istat().regions.map((r) => r.code);
const PROVINCES = istat().provinces.map((p) => p.code);

describeEachDialect('statistics arguments and batching', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(statistics, dialect.config('statistics'));
  });
  afterAll(() => subgraph?.dispose());

  /** The argument the first error names, with the field left null. */
  async function refused(query: string, variables?: Record<string, unknown>): Promise<unknown> {
    const result = await subgraph.query(query, variables);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    return result.errors?.[0]?.extensions?.['argument'];
  }

  it('refuses malformed codes, months, years and counts, naming the argument', async () => {
    const region = (field: string) =>
      [onEntities(`... on Region { ${field} }`), { r: entities('Region', ['19']) }] as const;
    expect(await refused(...region('unaccompaniedMinors(until: "2026-13") { month }'))).toBe('until');
    expect(await refused(...region('unaccompaniedMinors(months: 0) { month }'))).toBe('months');
    expect(await refused(...region('unaccompaniedMinors(months: 121) { month }'))).toBe('months');
    expect(await refused(...region('residents(year: 1850) { total }'))).toBe('year');
    expect(await refused(...region('residents(citizenship: "sn") { total }'))).toBe('citizenship');
    expect(await refused(...region('residents(citizenship: "ZZ") { total }'))).toBe('citizenship');
    expect(await refused(...region('residentsByCitizenship(first: -1) { total }'))).toBe('first');
    expect(await refused(...region('labourMarket(year: 20250) { year }'))).toBe('year');
    expect(await refused(`{ unaccompaniedMinors(from: "2025-1") { month } }`)).toBe('from');
    expect(await refused(`{ unaccompaniedMinors(from: "2026-02", until: "2026-01") { month } }`)).toBe(
      'from',
    );
    expect(await refused(`{ unaccompaniedMinors(from: "2010-01", until: "2026-01") { month } }`)).toBe(
      'from',
    );
    expect(await refused(`{ unaccompaniedMinors(regionCode: "3") { month } }`)).toBe('regionCode');
    expect(await refused(`{ labourMarketIndicators(regionCode: "Lombardia") { year } }`)).toBe('regionCode');
    expect(await refused(`{ foreignResidents(filter: { provinceCode: "15" }) { totalCount } }`)).toBe(
      'filter.provinceCode',
    );
    expect(await refused(`{ foreignResidents(filter: { citizenship: "XK" }) { totalCount } }`)).toBe(
      'filter.citizenship',
    );
    expect(await refused(`{ foreignResidents(filter: { year: 3000 }) { totalCount } }`)).toBe('filter.year');
  });

  it('finds nothing for unknown territories, communities, years and months', async () => {
    const { data, errors } = await subgraph.query(
      onEntities(`... on Region { code residents { total } residentsByCitizenship { total } unaccompaniedMinors { month } labourMarket { year } labourMarketSeries { year } }
        ... on Province { code residents { total } residentsByCitizenship { total } }
        ... on Community { code residents { total } }`),
      {
        r: [
          ...entities('Region', ['21', '3']),
          ...entities('Province', ['999']),
          ...entities('Community', ['AD', 'zz']),
        ],
      },
    );
    expect(errors).toBeUndefined();
    const empty = {
      residents: null,
      residentsByCitizenship: [],
      unaccompaniedMinors: [],
      labourMarket: null,
      labourMarketSeries: [],
    };
    expect(data!._entities).toEqual([
      { code: '21', ...empty },
      { code: '3', ...empty },
      { code: '999', residents: null, residentsByCitizenship: [] },
      { code: 'AD', residents: null },
      { code: 'zz', residents: null },
    ]);
    const notHeld =
      await subgraph.query(`{ foreignResidents(filter: { year: 2010 }) { totalCount edges { cursor } }
      unaccompaniedMinors(until: "2023-12") { month } labourMarketIndicators(year: 2030) { year } lombardy: labourMarketIndicators(regionCode: "21") { year } }`);
    expect(notHeld.errors).toBeUndefined();
    expect(notHeld.data).toEqual({
      foreignResidents: { totalCount: 0, edges: [] },
      unaccompaniedMinors: [],
      labourMarketIndicators: [],
      lombardy: [],
    });
  });

  it('pages through a province’s records without gaps or repeats, newest year first', async () => {
    const query = `query($after: String) { foreignResidents(filter: { provinceCode: "100" }, first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { year province { code } region { code } community { code } total } } } }`;
    type Row = { year: number; community: { code: string }; total: number };
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: Row }[];
    };
    const seen: Row[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const result: GraphQLResponse<{ foreignResidents: Page }> = await subgraph.query(query, { after });
      expect(result.errors).toBeUndefined();
      const page = result.data!.foreignResidents;
      expect(page.totalCount).toBeGreaterThanOrEqual(40 * 8);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen.map((r) => `${r.year}:${r.community.code}`)).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(40 * 8);
    expect(seen[0]).toMatchObject({
      year: 2026,
      community: { code: 'CN' },
      province: { code: '100' },
      region: { code: '09' },
    });
    expect(seen.map((r) => r.year)).toEqual([...seen.map((r) => r.year)].sort((a, b) => b - a));
  });

  /** Statements run by one request (one request at a time: the counter is the server's). */
  async function statements(query: string, representations: unknown[]): Promise<number> {
    const before = subgraph.statements();
    const result = await subgraph.query(query, { r: representations });
    expect(result.errors).toBeUndefined();
    return subgraph.statements() - before;
  }

  it('resolves the figures of many regions, provinces and communities in as many statements as of two', async () => {
    const source = 'source { generated }';
    const query =
      onEntities(`... on Region { residents { total ${source} } sn: residents(citizenship: "SN") { total }
      residentsByCitizenship(first: 3) { community { code } total ${source} }
      unaccompaniedMinors(months: 6) { month total byAgeBand { count } byGender { count } byCitizenship { count } ${source} }
      labourMarket { employmentRate ${source} } labourMarketSeries { year } }
      ... on Province { residents { total } residentsByCitizenship(first: 2) { total } }
      ... on Community { residents { total byRegion { total } ${source} } }`);
    const few = await statements(query, [
      ...entities('Region', REGIONS.slice(0, 2)),
      ...entities('Province', PROVINCES.slice(0, 2)),
      ...entities('Community', ['SN', 'MA']),
    ]);
    const many = await statements(query, [
      ...entities('Region', REGIONS),
      ...entities('Province', PROVINCES),
      ...entities('Community', [
        'RO',
        'MA',
        'AL',
        'CN',
        'UA',
        'BD',
        'IN',
        'PH',
        'EG',
        'PK',
        'SN',
        'GM',
        'ZZ',
      ]),
    ]);
    console.info(
      `[${dialect.dialect}] statistics _entities: 6 entities -> ${few} statements, 140 -> ${many}`,
    );
    // Regions: 2 residents (two argument sets), citizenships, minors, labour, series; provinces: 2;
    // communities: 1; the data sources: 1.
    expect(few).toBe(10);
    expect(many).toBe(few);
  });
});
