/** No N+1: entity references and nested lists cost as many statements for 100 parents as for 10. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { content } from './subgraph.js';
import { formatId } from '../../../lib/ids.js';
import { newsletterMonths } from './data/generate/index.js';
import { REPORTED_COMMUNITIES } from './domain/communities.js';

describeEachDialect('content batching', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(content, dialect.config('content-batching'));
  });
  afterAll(() => subgraph?.dispose());

  const cost = async (fragment: string, representations: Record<string, string>[]) => {
    const before = subgraph.statements();
    const result = await subgraph.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ${fragment} } }`,
      {
        r: representations,
      },
    );
    expect(result.errors).toBeUndefined();
    expect((result.data?._entities as unknown[]).filter(Boolean).length).toBe(representations.length);
    return subgraph.statements() - before;
  };
  const ids = (typename: string, kind: Parameters<typeof formatId>[0], n: number) =>
    Array.from({ length: n }, (_, i) => ({ __typename: typename, id: formatId(kind, i + 1) }));

  it('resolves references and their relations in a fixed number of statements', async () => {
    const issues = newsletterMonths().map((m) => ({ __typename: 'NewsletterIssue', id: `NL-${m}` }));
    const communities = REPORTED_COMMUNITIES.map(({ code }) => ({ __typename: 'Community', code }));
    const cases: [string, Record<string, string>[], number, number, number][] = [
      // fragment, representations, few, many, statements: rows, then one per relation kind
      [
        `... on Publication { id title { text } community { code } }`,
        ids('Publication', 'publication', 100),
        10,
        100,
        1,
      ],
      [
        `... on Event { id communities { code } associations { id } municipality { istatCode } }`,
        ids('Event', 'event', 100),
        10,
        100,
        2,
      ],
      [
        `... on NewsletterIssue { id items { kind event { id communities { code } } publication { id } } events(provinceCode: "001") { id } }`,
        issues,
        10,
        100,
        6,
      ],
      [
        `... on CulturalExperience { id associations { id } }`,
        ids('CulturalExperience', 'culturalExperience', 100),
        10,
        100,
        1,
      ],
      [
        `... on ProtectionProject { id beneficiaries services { id } }`,
        ids('ProtectionProject', 'protectionProject', 60),
        6,
        60,
        2,
      ],
      [
        `... on Community { code reports { id } latestReport { id } events(first: 3) { totalCount edges { node { id communities { code } } } } }`,
        communities,
        2,
        14,
        3,
      ],
      [
        `... on Region { code culturalExperienceCounts { section count } protectionProjectCount }`,
        Array.from({ length: 20 }, (_, i) => ({
          __typename: 'Region',
          code: String(i + 1).padStart(2, '0'),
        })),
        3,
        20,
        2,
      ],
    ];
    for (const [fragment, representations, few, many, statements] of cases) {
      expect(representations.length).toBeGreaterThanOrEqual(many);
      const costFew = await cost(fragment, representations.slice(0, few));
      const costMany = await cost(fragment, representations.slice(0, many));
      expect([costFew, costMany], fragment).toEqual([statements, statements]);
    }
  });
});
