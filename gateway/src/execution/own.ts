/**
 * The gateway's own query-plan executor: it does what Apollo's `executeQueryPlan` and
 * `computeResponse` do, over plain objects, on the operation compiled once per document
 * (`operation.ts`) instead of rebuilding Apollo's operation model on every request.
 * `index.ts` decides which executor runs a plan; this runs the ones it can:
 * - not with `@defer`, a subscription or `@fromContext` (`runsHere`);
 * - not an operation that asks for introspection (`__schema`, `__type`) or does not compile.
 */
import type { QueryPlan } from '@apollo/query-planner';
import type { GatewayExecutionResult, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import type { GraphQLDataSource } from '@apollo/gateway';
import { getOperationAST, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { compileOperation, type CompiledOperation } from './operation.js';
import { runPlan, runsHere } from './plan.js';
import { shapeAnswer } from './shaping.js';

/** An operation as this executor runs it, or why Apollo's does (`undefined`). */
type Prepared = CompiledOperation | undefined;

/** Compiled operations, by API schema, document and operation name. */
const compiled = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Prepared>>>();

function prepare(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Prepared {
  let byDocument = compiled.get(schema);
  if (!byDocument) compiled.set(schema, (byDocument = new WeakMap()));
  let byName = byDocument.get(document);
  if (!byName) byDocument.set(document, (byName = new Map<string, Prepared>()));
  const name = operationName ?? '';
  if (byName.has(name)) return byName.get(name);
  let prepared: Prepared;
  try {
    const definition = getOperationAST(document, operationName);
    prepared = definition ? compileOperation(schema, document, definition) : undefined;
  } catch {
    prepared = undefined;
  }
  byName.set(name, prepared);
  return prepared;
}

/** Plans that run here, by plan (plans are kept in the plan store). */
const runnable = new WeakMap<QueryPlan, boolean>();

/** A plan this executor runs, and what it runs on. */
export interface OwnRun {
  readonly requestContext: GatewayGraphQLRequestContext;
  readonly plan: QueryPlan;
  /** The served API schema (graphql-js). */
  readonly schema: GraphQLSchema;
  /** The served supergraph's types (graphql-js): representations' type conditions and rewrites. */
  readonly supergraph: GraphQLSchema;
  /** The data source of each subgraph by name. */
  readonly services: (name: string) => GraphQLDataSource | undefined;
  /** The request's variables, coerced (defaults included). */
  readonly coerced: Readonly<Record<string, unknown>>;
}

/** The operation compiled for this executor when it runs `plan`, else `undefined` (Apollo's runs it). */
export function ownOperation(
  schema: GraphQLSchema,
  requestContext: GatewayGraphQLRequestContext,
  plan: QueryPlan,
): CompiledOperation | undefined {
  let runs = runnable.get(plan);
  if (runs === undefined) runnable.set(plan, (runs = runsHere(plan)));
  return runs ? prepare(schema, requestContext.document, requestContext.request.operationName) : undefined;
}

/** Runs the plan and shapes the answer as Apollo's executor would. */
export async function executeOwn(run: OwnRun, operation: CompiledOperation): Promise<GatewayExecutionResult> {
  const { requestContext, plan, schema, supergraph, services, coerced } = run;
  const errors: unknown[] = [];
  const root = {};
  try {
    await runPlan({ requestContext, services, supergraph, coerced, errors }, plan, root);
  } catch (error) {
    errors.push(error);
  }
  const shaped = shapeAnswer(schema, operation, coerced, root);
  // Apollo's rule: errors of the answer's shape are reported only when the fetches had none.
  if (errors.length === 0 && shaped.errors.length > 0)
    return { extensions: { valueCompletion: shaped.errors }, data: shaped.data };
  return errors.length === 0
    ? { data: shaped.data }
    : { errors: errors as GraphQLError[], data: shaped.data };
}
