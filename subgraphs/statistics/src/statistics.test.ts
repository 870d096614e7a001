import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { caller } from '../../../test/assertions.js';
import { startSubgraph, type GraphQLResponse, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { statistics } from './subgraph.js';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

describeEachDialect('statistics subgraph', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(statistics, dialect.config('statistics'));
  });
  afterAll(() => subgraph?.dispose());

  it('looks up by id, answers null for an unknown id and BAD_USER_INPUT naming `id` for a malformed one', async () => {
    const result = await subgraph.query(`{
      statistic(id: "STA-00001") { id name { text locale } municipality { istatCode } }
      unknown: statistic(id: "STA-99999") { id }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.statistic).toEqual({
      id: 'STA-00001',
      name: { text: 'Esempio 1, Torino', locale: 'IT' },
      municipality: { istatCode: '001272' },
    });
    expect(result.data?.unknown).toBeNull();

    const malformed = await subgraph.query(`{ statistic(id: "not-an-id") { id } }`);
    expect(malformed.data?.statistic).toBeNull();
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('pages through the whole list with cursors, without gaps or repeats', async () => {
    const query = `query($after: String) { statistics(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 1; pages <= 5; pages++) {
      const result: GraphQLResponse<{ statistics: Page }> = await subgraph.query(query, { after });
      expect(result.errors).toBeUndefined();
      const page = result.data?.statistics;
      if (!page) throw new Error('no page');
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['STA-00001', 'STA-00002', 'STA-00003', 'STA-00004', 'STA-00005']);

    const tooMany = await subgraph.query(`{ statistics(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('resolves entity references in one statement, in the language of Accept-Language', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistic { id name { text locale } } } }`;
    const representations = [
      { __typename: 'Statistic', id: 'STA-00002' },
      { __typename: 'Statistic', id: 'STA-99999' },
      { __typename: 'Statistic', id: 'STA-00001' },
    ];
    const before = subgraph.statements();
    const result = await subgraph.query(
      query,
      { r: representations },
      { 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(subgraph.statements() - before).toBe(1);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: 'STA-00002', name: { text: 'Example 2, Milan', locale: 'EN' } },
      null,
      { id: 'STA-00001', name: { text: 'Example 1, Turin', locale: 'EN' } },
    ]);
  });

  it('shows contactEmail to authenticated callers only', async () => {
    const query = `{ statistic(id: "STA-00001") { id contactEmail } }`;
    const anonymous = await subgraph.query(query);
    expect(anonymous.data?.statistic).toEqual({ id: 'STA-00001', contactEmail: null });
    expect(anonymous.errors?.[0]).toMatchObject({
      path: ['statistic', 'contactEmail'],
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const known = await subgraph.queryAs(caller('statistics'), query);
    expect(known.errors).toBeUndefined();
    expect(known.data?.statistic).toEqual({ id: 'STA-00001', contactEmail: 'torino@statistics.example.org' });
  });
});
