/**
 * Check 3, usage: every registered client operation is validated against the current API schema
 * and the candidate's; one valid today and invalid tomorrow is broken. An operation that is
 * already invalid today (registered for another graph, or stale) is not the candidate's fault.
 */
import { parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { BrokenOperation, UsageIssue } from './report.js';

/** An operation a client registered (`POST /api/clients/:client/operations`, or the manifest at start). */
export interface RegisteredOperation {
  readonly client: string;
  readonly name: string;
  readonly text: string;
  /** The client's version that registered it (as stored); null or absent when none was given. */
  readonly client_version?: string | null;
}

function parsed(text: string): DocumentNode | undefined {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

/** The registered operations valid against `current` and invalid against `candidate`, with the validation errors. */
export function brokenOperations(
  operations: readonly RegisteredOperation[],
  current: GraphQLSchema,
  candidate: GraphQLSchema,
): BrokenOperation[] {
  const broken: BrokenOperation[] = [];
  for (const operation of operations) {
    const document = parsed(operation.text);
    if (!document || validate(current, document).length > 0) continue;
    const errors = validate(candidate, document);
    if (errors.length > 0)
      broken.push({
        client: operation.client,
        ...(operation.client_version ? { version: operation.client_version } : {}),
        name: operation.name,
        errors: errors.map((e) => e.message),
      });
  }
  return broken;
}

/** The error naming the broken operations and their clients. */
export function usageIssue(broken: readonly BrokenOperation[]): UsageIssue {
  const names = broken
    .map((op) => `${op.name} (${op.client}${op.version ? ` ${op.version}` : ''})`)
    .join(', ');
  const count = broken.length === 1 ? '1 registered operation' : `${broken.length} registered operations`;
  return { kind: 'usage', message: `The change breaks ${count}: ${names}`, operations: broken };
}
