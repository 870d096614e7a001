/**
 * The graph's one composition, as `npm run compose` and the registry's checks run it: the public API
 * schema, where errors point in the candidate's SDL, the refusal of protected non-null fields, and
 * one supergraph whatever the subgraphs' order.
 */
import { describe, expect, it } from 'vitest';
import { composeSubgraphs } from './compose.js';

const base = [
  {
    name: 'a',
    url: 'http://a/graphql',
    sdl: 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key"])\ntype Query {\n  hello: String\n}\n',
  },
];
const candidate = (sdl: string) => ({
  name: 'b',
  url: 'http://b/graphql',
  sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key", "@authenticated"])\n${sdl}`,
});

describe('composition', () => {
  it('composes, and gives the public API schema', () => {
    const result = composeSubgraphs([...base, candidate('type Query {\n  world: Int\n}\n')], 'b');
    expect(result.ok && Object.keys(result.apiSchema.getQueryType()?.getFields() ?? {})).toEqual([
      'hello',
      'world',
    ]);
  });

  it("points at the candidate's lines only, when an error involves another subgraph too", () => {
    const result = composeSubgraphs([...base, candidate('type Query {\n  hello: Int\n}\n')], 'b');
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.errors;
    expect(issues[0]).toMatchObject({
      kind: 'composition',
      message: expect.stringContaining('Query.hello'),
      locations: [{ line: 3, column: 3 }],
    });
  });

  it('reports a syntax error with its place and subgraph', () => {
    const result = composeSubgraphs(
      [...base, { name: 'b', url: 'http://b/graphql', sdl: 'type Query {\n  a: \n}' }],
      'b',
    );
    expect(result.ok ? [] : result.errors).toEqual([
      {
        kind: 'composition',
        message: '[b] Syntax Error: Expected Name, found "}".',
        locations: [{ line: 3, column: 1 }],
      },
    ]);
  });

  it('refuses a protected non-null field, pointing at it', () => {
    const result = composeSubgraphs(
      [...base, candidate('type Query {\n  secret: String! @authenticated\n}\n')],
      'b',
    );
    expect(result.ok ? [] : result.errors).toEqual([
      {
        kind: 'composition',
        message:
          'Query.secret is protected (@authenticated or @requiresScopes) but non-null: make it nullable',
        locations: [{ line: 3, column: 3 }],
      },
    ]);
  });

  it('composes the same subgraphs to the same supergraph whatever their order', () => {
    const two = [...base, candidate('type Query {\n  world: Int\n}\n')];
    const first = composeSubgraphs(two);
    const second = composeSubgraphs([...two].reverse());
    expect(first.ok && second.ok && first.supergraphSdl === second.supergraphSdl).toBe(true);
  });
});
