/**
 * What a check reports, in the JSON shape the HTTP API and the CLI share:
 * `{ ok, errors: Issue[], warnings: Issue[] }`.
 */
import type { BreakingChangeType, DangerousChangeType } from 'graphql';
import type { CompositionIssue, SdlLocation } from '../../../lib/supergraph/compose.js';

export type { CompositionIssue, SdlLocation };

/** A change of the public API schema that can break clients (graphql-js `findBreakingChanges`). */
export interface BreakingIssue {
  readonly kind: 'breaking';
  readonly type: `${BreakingChangeType}`;
  readonly description: string;
}

/** A change that may change how clients behave (graphql-js `findDangerousChanges`); never an error. */
export interface DangerousIssue {
  readonly kind: 'dangerous';
  readonly type: `${DangerousChangeType}`;
  readonly description: string;
}

/** A registered operation that is valid today and would not be against the candidate. */
export interface BrokenOperation {
  readonly client: string;
  /** The client's version that registered the operation, when it gave one. */
  readonly version?: string;
  readonly name: string;
  /** The validation errors' messages. */
  readonly errors: readonly string[];
}

/** Registered operations the candidate would break. */
export interface UsageIssue {
  readonly kind: 'usage';
  readonly message: string;
  readonly operations: readonly BrokenOperation[];
}

/** How a subgraph would answer for, or add to, what another subgraph owns (checks/ownership.ts). */
export type OwnershipRule =
  'override' | 'provides' | 'interface-object' | 'key' | 'redeclaration' | 'extension';

/**
 * The candidate would let its subgraph answer for a field another subgraph owns, or add a field to
 * a type another owns without its allowance. Always an error: `force` does not override it.
 */
export interface OwnershipIssue {
  readonly kind: 'ownership';
  /** `Type.field`. */
  readonly coordinate: string;
  /** The subgraph(s) the registry records as its owners (of the field, or of its type for `extension`). */
  readonly owners: readonly string[];
  /** The candidate subgraph. */
  readonly subgraph: string;
  readonly rule: OwnershipRule;
  readonly message: string;
}

/**
 * The composed supergraph would not load in the gateway (lib/supergraph/load.ts), e.g. it links a
 * feature `for: SECURITY` the gateway does not enforce, such as `@policy`. Always an error: `force`
 * does not override it.
 */
export interface LoadingIssue {
  readonly kind: 'loading';
  readonly message: string;
}

/** One finding of a check. */
export type Issue =
  CompositionIssue | BreakingIssue | DangerousIssue | UsageIssue | OwnershipIssue | LoadingIssue;

/** Whether `force` may publish over this error: only breaking changes and the operations they break. */
export function overridable(issue: Issue): boolean {
  return issue.kind === 'breaking' || issue.kind === 'usage';
}

/** What `check` answers, `publish` stores with the version, and the CLI prints. */
export interface CheckReport {
  /** No errors: the candidate may be published. */
  readonly ok: boolean;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/** A report of these findings: ok when there is no error. */
export function reportOf(errors: readonly Issue[], warnings: readonly Issue[]): CheckReport {
  return { ok: errors.length === 0, errors, warnings };
}

/** The report of a change that needed no checks (the seed, an unchanged publish). */
export const CLEAN_REPORT: CheckReport = reportOf([], []);
