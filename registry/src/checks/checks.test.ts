/**
 * The three checks on their own, without a database: where composition errors point, what counts
 * as a breaking change, and which registered operations a candidate breaks.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { compose } from './composition.js';
import { schemaChanges } from './breaking.js';
import { brokenOperations, usageIssue } from './usage.js';

const base = [
  { name: 'a', url: 'http://a/graphql', sdl: 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key"])\ntype Query {\n  hello: String\n}\n' },
];
const candidate = (sdl: string) => ({ name: 'b', url: 'http://b/graphql', sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key", "@authenticated"])\n${sdl}` });

describe('composition', () => {
  it('composes, and gives the public API schema', () => {
    const result = compose([...base, candidate('type Query {\n  world: Int\n}\n')], 'b');
    expect(result.ok && Object.keys(result.apiSchema.getQueryType()?.getFields() ?? {})).toEqual(['hello', 'world']);
  });

  it('points at the candidate\'s lines only, when an error involves another subgraph too', () => {
    const result = compose([...base, candidate('type Query {\n  hello: Int\n}\n')], 'b');
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.errors;
    expect(issues[0]).toMatchObject({ kind: 'composition', message: expect.stringContaining('Query.hello'), locations: [{ line: 3, column: 3 }] });
  });

  it('reports a syntax error with its place and subgraph', () => {
    const result = compose([...base, { name: 'b', url: 'http://b/graphql', sdl: 'type Query {\n  a: \n}' }], 'b');
    expect(result.ok ? [] : result.errors).toEqual([{ kind: 'composition', message: '[b] Syntax Error: Expected Name, found "}".', locations: [{ line: 3, column: 1 }] }]);
  });

  it('refuses a protected non-null field, pointing at it', () => {
    const result = compose([...base, candidate('type Query {\n  secret: String! @authenticated\n}\n')], 'b');
    expect(result.ok ? [] : result.errors).toEqual([
      { kind: 'composition', message: 'Query.secret is protected (@authenticated or @requiresScopes) but non-null: make it nullable', locations: [{ line: 3, column: 3 }] },
    ]);
  });

  it('composes the same subgraphs to the same supergraph whatever their order', () => {
    const two = [...base, candidate('type Query {\n  world: Int\n}\n')];
    const first = compose(two);
    const second = compose([...two].reverse());
    expect(first.ok && second.ok && first.supergraphSdl === second.supergraphSdl).toBe(true);
  });
});

describe('breaking changes and usage', () => {
  const current = buildSchema('type Query { a: Int, b(x: Int): String, c: Color } enum Color { RED GREEN }');
  const candidateSchema = buildSchema('type Query { a: Int, b(x: Int, y: Int!): String, c: Color } enum Color { RED GREEN BLUE }');

  it('lists breaking changes, and dangerous ones apart', () => {
    const changes = schemaChanges(current, candidateSchema);
    expect(changes.breaking).toEqual([{ kind: 'breaking', type: 'REQUIRED_ARG_ADDED', description: 'A required arg y on Query.b was added.' }]);
    expect(changes.dangerous).toEqual([{ kind: 'dangerous', type: 'VALUE_ADDED_TO_ENUM', description: 'BLUE was added to enum type Color.' }]);
  });

  it('breaks only the operations that were valid and are not any more', () => {
    const operations = [
      { client: 'web', name: 'UsesB', text: 'query UsesB { b(x: 1) }' },
      { client: 'web', name: 'UsesA', text: 'query UsesA { a }' },
      { client: 'old', name: 'AlreadyInvalid', text: 'query AlreadyInvalid { gone }' },
      { client: 'old', name: 'NotGraphQL', text: 'query {' },
    ];
    const broken = brokenOperations(operations, current, candidateSchema);
    expect(broken).toEqual([{ client: 'web', name: 'UsesB', errors: ['Field "b" argument "y" of type "Int!" is required, but it was not provided.'] }]);
    expect(usageIssue(broken).message).toBe('The change breaks 1 registered operation: UsesB (web)');
  });
});
