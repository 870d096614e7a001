/**
 * The checks on their own, without a database: what counts as a breaking change, and which
 * registered operations a candidate breaks (composition: `lib/supergraph/compose.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { schemaChanges } from './breaking.js';
import { brokenOperations, usageIssue } from './usage.js';

describe('breaking changes and usage', () => {
  const current = buildSchema('type Query { a: Int, b(x: Int): String, c: Color } enum Color { RED GREEN }');
  const candidateSchema = buildSchema(
    'type Query { a: Int, b(x: Int, y: Int!): String, c: Color } enum Color { RED GREEN BLUE }',
  );

  it('lists breaking changes, and dangerous ones apart', () => {
    const changes = schemaChanges(current, candidateSchema);
    expect(changes.breaking).toEqual([
      { kind: 'breaking', type: 'REQUIRED_ARG_ADDED', description: 'A required arg y on Query.b was added.' },
    ]);
    expect(changes.dangerous).toEqual([
      { kind: 'dangerous', type: 'VALUE_ADDED_TO_ENUM', description: 'BLUE was added to enum type Color.' },
    ]);
  });

  it('breaks only the operations that were valid and are not any more', () => {
    const operations = [
      { client: 'web', name: 'UsesB', text: 'query UsesB { b(x: 1) }' },
      { client: 'web', name: 'UsesA', text: 'query UsesA { a }' },
      { client: 'old', name: 'AlreadyInvalid', text: 'query AlreadyInvalid { gone }' },
      { client: 'old', name: 'NotGraphQL', text: 'query {' },
    ];
    const broken = brokenOperations(operations, current, candidateSchema);
    expect(broken).toEqual([
      {
        client: 'web',
        name: 'UsesB',
        errors: ['Field "b" argument "y" of type "Int!" is required, but it was not provided.'],
      },
    ]);
    expect(usageIssue(broken).message).toBe('The change breaks 1 registered operation: UsesB (web)');
  });
});
