/**
 * The new subgraph's own test, `src/<name>.test.ts`, on both dialects: lookups, paging, entity
 * references in the request's language, and the protected field for anonymous and known callers.
 */
import { partsExport, type Names } from '../names.js';
import { SEED_PLACES, seedRow } from './data.js';

/** `src/<name>.test.ts`. */
export function testFile(n: Names): string {
  const parts = partsExport(n);
  const first = seedRow(n, 0);
  const second = seedRow(n, 1);
  const ids = SEED_PLACES.map((_, i) => `'${seedRow(n, i).id}'`).join(', ');
  const unknownId = `${n.idPrefix}-99999`;
  return `import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { caller } from '../../../test/assertions.js';
import { startSubgraph, type GraphQLResponse, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { ${parts} } from './subgraph.js';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

describeEachDialect('${n.name} subgraph', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(${parts}, dialect.config('${n.name}'));
  });
  afterAll(() => subgraph?.dispose());

  it('looks up by id, answers null for an unknown id and BAD_USER_INPUT naming \`id\` for a malformed one', async () => {
    const result = await subgraph.query(\`{
      ${n.lookup}(id: "${first.id}") { id name { text locale } municipality { istatCode } }
      unknown: ${n.lookup}(id: "${unknownId}") { id }
    }\`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.${n.lookup}).toEqual({ id: '${first.id}', name: { text: '${first.it}', locale: 'IT' }, municipality: { istatCode: '${first.istatCode}' } });
    expect(result.data?.unknown).toBeNull();

    const malformed = await subgraph.query(\`{ ${n.lookup}(id: "not-an-id") { id } }\`);
    expect(malformed.data?.${n.lookup}).toBeNull();
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('pages through the whole list with cursors, without gaps or repeats', async () => {
    const query = \`query($after: String) { ${n.list}(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }\`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 1; pages <= ${SEED_PLACES.length}; pages++) {
      const result: GraphQLResponse<{ ${n.list}: Page }> = await subgraph.query(query, { after });
      expect(result.errors).toBeUndefined();
      const page = result.data?.${n.list};
      if (!page) throw new Error('no page');
      expect(page.totalCount).toBe(${SEED_PLACES.length});
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([${ids}]);

    const tooMany = await subgraph.query(\`{ ${n.list}(first: 101) { totalCount } }\`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('resolves entity references in one statement, in the language of Accept-Language', async () => {
    const query = \`query($r: [_Any!]!) { _entities(representations: $r) { ... on ${n.entity} { id name { text locale } } } }\`;
    const representations = [
      { __typename: '${n.entity}', id: '${second.id}' },
      { __typename: '${n.entity}', id: '${unknownId}' },
      { __typename: '${n.entity}', id: '${first.id}' },
    ];
    const before = subgraph.statements();
    const result = await subgraph.query(query, { r: representations }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(subgraph.statements() - before).toBe(1);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: '${second.id}', name: { text: '${second.en}', locale: 'EN' } },
      null,
      { id: '${first.id}', name: { text: '${first.en}', locale: 'EN' } },
    ]);
  });

  it('shows contactEmail to authenticated callers only', async () => {
    const query = \`{ ${n.lookup}(id: "${first.id}") { id contactEmail } }\`;
    const anonymous = await subgraph.query(query);
    expect(anonymous.data?.${n.lookup}).toEqual({ id: '${first.id}', contactEmail: null });
    expect(anonymous.errors?.[0]).toMatchObject({ path: ['${n.lookup}', 'contactEmail'], extensions: { code: 'UNAUTHENTICATED' } });

    const known = await subgraph.queryAs(caller('${n.name}'), query);
    expect(known.errors).toBeUndefined();
    expect(known.data?.${n.lookup}).toEqual({ id: '${first.id}', contactEmail: '${first.email ?? ''}' });
  });
});
`;
}
