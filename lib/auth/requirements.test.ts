import { buildASTSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Caller } from './caller.js';
import { judge, nonNullProtectedFields, readRequirements } from './requirements.js';

const sdl = parse(`
  directive @authenticated on FIELD_DEFINITION | OBJECT
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT
  type Query {
    open: String
    visit: Visit
    secret: String! @requiresScopes(scopes: [["a", "b"], ["c"]])
  }
  type Visit @authenticated {
    findings: String @requiresScopes(scopes: [["monitoring:read"]])
  }
`);
const requirements = readRequirements(sdl);
const caller = (scopes: string[]): Caller => ({ subject: 's', partner: 'p', scopes, region: undefined });

describe('readRequirements and judge', () => {
  it('reads field and type requirements, (a AND b) OR c', () => {
    expect(requirements.of('Query', 'open', 'String')).toBeUndefined();
    const secret = requirements.of('Query', 'secret', 'String')!;
    expect(judge(secret, undefined)).toBe('UNAUTHENTICATED');
    expect(judge(secret, caller(['a']))).toBe('FORBIDDEN');
    expect(judge(secret, caller(['a', 'b']))).toBe('allowed');
    expect(judge(secret, caller(['c']))).toBe('allowed');
  });

  it("applies a type's requirement to the fields returning it, together with the field's own", () => {
    const visit = requirements.of('Query', 'visit', 'Visit')!;
    expect(judge(visit, undefined)).toBe('UNAUTHENTICATED');
    expect(judge(visit, caller([]))).toBe('allowed');
    const findings = requirements.of('Visit', 'findings', 'String')!;
    expect(judge(findings, caller([]))).toBe('FORBIDDEN');
    expect(judge(findings, caller(['monitoring:read']))).toBe('allowed');
  });

  it('finds protected fields that are non-null (a refused field must be answerable with null)', () => {
    expect(nonNullProtectedFields(buildASTSchema(sdl), requirements)).toEqual(['Query.secret']);
  });
});
