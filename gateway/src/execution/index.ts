/**
 * The gateway's own query-plan executor, in front of Apollo Gateway's. Apollo plans; this runs the
 * plans and shapes the answers, doing what Apollo's `executeQueryPlan` and `computeResponse` do
 * over plain objects, on the operation compiled once per document (`operation.ts`) instead of
 * rebuilding Apollo's operation model on every request.
 *
 * Apollo Server asks a gateway for one executor when it loads; the gateway served here is
 * Apollo's, with this executor in place of its own. For each request it looks up the plan Apollo's
 * executor would run (the same plan store, the same key) and runs it. Apollo's executor answers
 * instead, as it would have, when:
 * - the plan is not in the store yet (Apollo plans it and stores it: the next request runs here);
 * - the operation asks for introspection (`__schema`, `__type`), or the plan has `@defer`, a
 *   subscription or `@fromContext`;
 * - the request asks for its query plan (`Apollo-Query-Plan-Experimental`, development).
 */
import { createHash } from 'node:crypto';
import type { ApolloGateway, GraphQLDataSource } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import {
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { Counter, type Registry } from 'prom-client';
import { supergraphTypes } from '../supergraph/parsed.js';
import { compileOperation, type CompiledOperation } from './operation.js';
import { runPlan, runsHere } from './plan.js';
import { shapeAnswer } from './shaping.js';

export interface OwnExecutionOptions {
  /** Apollo's gateway: it loads supergraphs and plans, and answers what is left to it. */
  readonly gateway: ApolloGateway;
  /** A plan from Apollo's plan store, under the key Apollo's executor uses (`planStoreKey`). */
  readonly findPlan: (key: string) => QueryPlan | undefined;
  /** The data source of each subgraph by name, as `buildService` made them. */
  readonly services: (name: string) => GraphQLDataSource | undefined;
  /** What Apollo's `experimental_didResolveQueryPlan` does to a plan before it runs. @default nothing */
  readonly didResolveQueryPlan?: (plan: QueryPlan) => void;
  /** Where the operations each executor ran are counted (the metrics plugin's registry). @default none */
  readonly registry?: Registry;
}

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

/** Apollo's plan-store key: the query's hash, hashed again with the operation's name when the request names one. */
const planKeys = new Map<string, string>();
function planKey(queryHash: string, operationName: string | undefined): string {
  if (!operationName) return queryHash;
  const id = `${operationName}\u0000${queryHash}`;
  let key = planKeys.get(id);
  if (key === undefined) {
    key = createHash('sha256').update(queryHash).update(operationName).digest('hex');
    if (planKeys.size >= 10_000) planKeys.clear();
    planKeys.set(id, key);
  }
  return key;
}

/** Plans that run here, by plan (plans are Apollo's objects, kept in its store). */
const runnable = new WeakMap<QueryPlan, boolean>();

/** Apollo's gateway with this executor in place of its own. */
export function withOwnExecution(options: OwnExecutionOptions): GatewayInterface {
  const { gateway, findPlan, services, didResolveQueryPlan } = options;
  const executed = options.registry
    ? new Counter({
        name: 'integra_gateway_operations_executed_total',
        help: "Operations executed, by executor: the gateway's own, or Apollo Gateway's (what the own one leaves to it)",
        labelNames: ['executor'] as const,
        registers: [options.registry],
      })
    : undefined;
  const own = executed?.labels('own');
  const byApollo = executed?.labels('apollo');
  let supergraph: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    try {
      supergraph = supergraphTypes(coreSupergraphSdl);
    } catch {
      supergraph = undefined;
    }
  });

  const execute = (apollo: GatewayExecutor): GatewayExecutor => {
    const fallback: GatewayExecutor = (requestContext) => {
      byApollo?.inc();
      return apollo(requestContext);
    };
    return (requestContext) => run(fallback, requestContext);
  };

  const run = async (
    apollo: GatewayExecutor,
    requestContext: GatewayGraphQLRequestContext,
  ): ReturnType<GatewayExecutor> => {
    const { request, document, schema } = requestContext;
    const operation = prepare(schema, document, request.operationName);
    const plan =
      operation && supergraph
        ? findPlan(planKey(requestContext.queryHash, request.operationName))
        : undefined;
    if (!plan || !operation || !supergraph || request.http?.headers.get('apollo-query-plan-experimental'))
      return apollo(requestContext);
    let runs = runnable.get(plan);
    if (runs === undefined) runnable.set(plan, (runs = runsHere(plan)));
    if (!runs || requestContext.metrics.captureTraces) return apollo(requestContext);
    const { errors: invalid, coerced } = getVariableValues(
      schema,
      operation.variableDefinitions,
      request.variables ?? {},
    );
    if (invalid) return { errors: invalid };
    didResolveQueryPlan?.(plan);
    own?.inc();
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
  };

  return {
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    load: async (loadOptions) => {
      const loaded = await gateway.load(loadOptions);
      return { executor: execute(loaded.executor) };
    },
    stop: () => gateway.stop(),
  };
}
