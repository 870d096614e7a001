/**
 * Check 2, breaking changes of the public API schema: graphql-js compares the current API schema
 * with the candidate's (removed or retyped fields and arguments, new required arguments, removed
 * enum values...). Whether they fail the check depends on usage (check 3).
 */
import { findBreakingChanges, findDangerousChanges, type GraphQLSchema } from 'graphql';
import type { BreakingIssue, DangerousIssue } from './report.js';

/** The breaking and the dangerous changes between two API schemas. */
export interface SchemaChanges {
  readonly breaking: readonly BreakingIssue[];
  readonly dangerous: readonly DangerousIssue[];
}

/** What changes from `current` to `candidate`, one issue per change, in graphql-js's words. */
export function schemaChanges(current: GraphQLSchema, candidate: GraphQLSchema): SchemaChanges {
  return {
    breaking: findBreakingChanges(current, candidate).map(({ type, description }) => ({
      kind: 'breaking',
      type,
      description,
    })),
    dangerous: findDangerousChanges(current, candidate).map(({ type, description }) => ({
      kind: 'dangerous',
      type,
      description,
    })),
  };
}
