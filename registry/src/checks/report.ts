/**
 * What a check reports, in the JSON shape the HTTP API and the CLI share:
 * `{ ok, errors: Issue[], warnings: Issue[] }`.
 */
import type { BreakingChangeType, DangerousChangeType } from 'graphql';

/** A line and column (1-based) in the candidate's SDL. */
export interface SdlLocation {
  readonly line: number;
  readonly column: number;
}

/** The candidate does not compose with the other subgraphs (or yields a graph the gateway refuses). */
export interface CompositionIssue {
  readonly kind: 'composition';
  readonly message: string;
  /** Where in the candidate's SDL, when composition names a place there. */
  readonly locations: readonly SdlLocation[];
}

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

/** One finding of a check. */
export type Issue = CompositionIssue | BreakingIssue | DangerousIssue | UsageIssue;

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
