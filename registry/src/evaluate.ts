/**
 * The checks of a candidate subgraph SDL, run in order, into one report: composition with
 * the other subgraphs; ownership (the candidate answers for nothing another subgraph owns); breaking
 * changes of the public API schema; and usage, which decides whether breaking changes are errors
 * (some registered operation breaks) or warnings (none does).
 */
import type { GraphQLSchema } from 'graphql';
import { composeSubgraphs, type SubgraphSdl } from '../../lib/supergraph/compose.js';
import { schemaChanges } from './checks/breaking.js';
import { brokenOperations, usageIssue, type RegisteredOperation } from './checks/usage.js';
import { reportOf, type CheckReport, type Issue } from './checks/report.js';
import { readJoinGraph } from './checks/joinFields.js';
import { checkOwnership, type OwnershipRecords } from './checks/ownership.js';

/** A candidate and what it is checked against. */
export interface EvaluationInput {
  /** The subgraph under check, with its candidate SDL and routing URL. */
  readonly candidate: SubgraphSdl;
  /** Every other subgraph's current SDL and routing URL. */
  readonly others: readonly SubgraphSdl[];
  /** The current supergraph's public API schema. */
  readonly currentApi: GraphQLSchema;
  readonly operations: readonly RegisteredOperation[];
  /** Who owns what, as the registry records it. */
  readonly ownership: OwnershipRecords;
}

/** The checks' outcome. */
export type Evaluation =
  /** The candidate does not compose: nothing can be stored, whatever `force` says. */
  | { readonly composes: false; readonly report: CheckReport }
  /** It composes into `supergraphSdl`; `report.ok` says whether the other checks passed. */
  | { readonly composes: true; readonly report: CheckReport; readonly supergraphSdl: string };

/** Runs the checks of a candidate. Pure: no database, no clock. */
export function evaluate(input: EvaluationInput): Evaluation {
  const { candidate } = input;
  const composition = composeSubgraphs([...input.others, candidate], candidate.name);
  if (!composition.ok) return { composes: false, report: reportOf(composition.errors, []) };

  const changes = schemaChanges(input.currentApi, composition.apiSchema);
  const broken = brokenOperations(input.operations, input.currentApi, composition.apiSchema);
  const ownership = checkOwnership(readJoinGraph(composition.supergraphSdl), candidate.name, input.ownership);
  const errors: Issue[] = [...ownership.issues];
  const warnings: Issue[] = [];
  if (broken.length > 0) errors.push(...changes.breaking, usageIssue(broken));
  else warnings.push(...changes.breaking);
  warnings.push(...changes.dangerous);
  return { composes: true, report: reportOf(errors, warnings), supergraphSdl: composition.supergraphSdl };
}
