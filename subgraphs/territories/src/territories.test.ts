import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type GraphQLResponse, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { territories } from './subgraph.js';

describeEachDialect('territories subgraph', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(territories, dialect.config('territories'));
  });
  afterAll(() => subgraph?.dispose());

  it('holds ISTAT’s full list: 20 regions, 107 provinces, 7,896 municipalities', async () => {
    const result = await subgraph.query(
      `{ regions { totalCount } provinces { totalCount } municipalities { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      regions: { totalCount: 20 },
      provinces: { totalCount: 107 },
      municipalities: { totalCount: 7896 },
    });
  });

  it('looks up by key and answers null for unknown keys', async () => {
    const result = await subgraph.query(`{
      municipality(istatCode: "001272") { name isProvincialCapital province { abbreviation isMetropolitanCity } region { code } }
      unknown: municipality(istatCode: "999999") { name }
      provinceByAbbreviation(abbreviation: "mi") { code name }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.municipality).toEqual({
      name: 'Torino',
      isProvincialCapital: true,
      province: { abbreviation: 'TO', isMetropolitanCity: true },
      region: { code: '01' },
    });
    expect(result.data?.unknown).toBeNull();
    expect(result.data?.provinceByAbbreviation).toEqual({ code: '015', name: 'Milano' });
  });

  it('rejects malformed codes and page sizes with BAD_USER_INPUT naming the argument', async () => {
    const result = await subgraph.query(`{ region(code: "Lombardia") { code } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code' });
    const page = await subgraph.query(`{ municipalities(first: -1) { totalCount } }`);
    expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const cursor = await subgraph.query(`{ municipalities(after: "nope") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('pages through a list with cursors without gaps or repeats', async () => {
    const query = `query($after: String) { province(code: "001") { municipalities(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { istatCode } } } } }`;
    const seen = new Set<string>();
    let after: string | null = null;
    let total: number;
    for (;;) {
      type Page = {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { istatCode: string } }[];
      };
      const result: GraphQLResponse<{ province: { municipalities: Page } }> = await subgraph.query(query, {
        after,
      });
      const connection: Page = result.data!.province.municipalities;
      total = connection.totalCount;
      for (const edge of connection.edges) seen.add(edge.node.istatCode);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(total).toBe(312);
    expect(seen.size).toBe(312);
  });

  it('returns region names in the requested language, falling back to Italian', async () => {
    const english = await subgraph.query(
      `{ region(code: "03") { name { text locale } } }`,
      {},
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(english.data?.region.name).toEqual({ text: 'Lombardy', locale: 'EN' });
    const arabic = await subgraph.query(`{ region(code: "03") { name(lang: AR) { text locale } } }`);
    expect(arabic.data?.region.name).toEqual({ text: 'Lombardia', locale: 'IT' });
  });

  it('resolves many entity references with the same number of statements as few', async () => {
    const codes = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        __typename: 'Municipality',
        istatCode: `0010${String(i + 1).padStart(2, '0')}`,
      }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { name province { name region { code } } } } }`;
    const before10 = subgraph.statements();
    await subgraph.query(query, { r: codes(10) });
    const cost10 = subgraph.statements() - before10;
    const before50 = subgraph.statements();
    const result = await subgraph.query(query, { r: codes(50) });
    const cost50 = subgraph.statements() - before50;
    expect((result.data?._entities as unknown[]).filter(Boolean).length).toBeGreaterThan(40);
    expect(cost50).toBe(cost10);
    expect(cost10).toBe(3);
  });
});
