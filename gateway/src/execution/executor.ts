/**
 * The gateway's executor, as Apollo Server calls it for each operation: the request's variables
 * checked, its plan found in the plan store (or made by the served supergraph's planner, on the
 * request path, and stored), then run by the gateway's own executor (`own.ts`) or, for what that
 * one leaves, by Apollo Gateway's `executeQueryPlan`.
 */
import { buildOperationContext, executeQueryPlan, type GraphQLDataSource } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import { prettyFormatQueryPlan, type QueryPlan } from '@apollo/query-planner';
import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
} from '@apollo/server-gateway-interface';
import { trace } from '@opentelemetry/api';
import { getVariableValues } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { LoadedSupergraph } from '../../../lib/supergraph/load.js';
import { executeOwn, ownOperation } from './own.js';
import { planKey } from './planKey.js';

/** Where plans are kept between requests, by Apollo's plan-store key (`planKey.ts`). */
export interface PlanStore {
  /** The plan stored under `key`; a lookup is counted as a hit or a miss. */
  find(key: string): QueryPlan | undefined;
  store(key: string, plan: QueryPlan): void;
}

export interface ExecutorOptions {
  /** The supergraph served now, if any. */
  readonly served: () => LoadedSupergraph | undefined;
  /** Each subgraph's data source, by name. */
  readonly services: () => Readonly<Record<string, GraphQLDataSource>>;
  readonly plans: PlanStore;
  /** The gateway's own executor runs the plans it can (`GATEWAY_OWN_EXECUTOR`). */
  readonly ownExecutor: boolean;
  /** Applied to every plan before it runs (`planLevels.ts`). @default nothing */
  readonly didResolveQueryPlan?: (plan: QueryPlan) => void;
  /** Answer `Apollo-Query-Plan-Experimental` with the plan (development). */
  readonly exposeQueryPlan: boolean;
  /** Where the operations each executor ran are counted. @default none */
  readonly registry?: Registry;
}

const tracer = trace.getTracer('integra-gateway');

/** The plan of a request: from the store, else made on the request path and stored. */
function plan(
  plans: PlanStore,
  didResolveQueryPlan: ((plan: QueryPlan) => void) | undefined,
  loaded: LoadedSupergraph,
  requestContext: GatewayGraphQLRequestContext,
): QueryPlan {
  const { request, document, queryHash } = requestContext;
  const key = planKey(queryHash, request.operationName);
  let found = plans.find(key);
  if (!found) {
    found = tracer.startActiveSpan('gateway.plan', (span) => {
      try {
        return loaded.planner.buildQueryPlan(
          operationFromDocument(loaded.apiSchema, document, { operationName: request.operationName }),
        );
      } finally {
        span.end();
      }
    });
    plans.store(key, found);
  }
  didResolveQueryPlan?.(found);
  return found;
}

export function createExecutor(options: ExecutorOptions): GatewayExecutor {
  const { plans, didResolveQueryPlan, ownExecutor } = options;
  const executed = options.registry
    ? new Counter({
        name: 'integra_gateway_operations_executed_total',
        help: "Operations executed, by executor: the gateway's own, or Apollo Gateway's (what the own one leaves to it)",
        labelNames: ['executor'] as const,
        registers: [options.registry],
      })
    : undefined;
  const ownCount = executed?.labels('own');
  const apolloCount = executed?.labels('apollo');

  return async (requestContext) => {
    const loaded = options.served();
    if (!loaded) throw new Error('The gateway has no supergraph loaded');
    const { request, operation } = requestContext;
    const services = options.services();
    const { errors: invalid, coerced } = getVariableValues(
      loaded.schema,
      operation.variableDefinitions ?? [],
      request.variables ?? {},
    );
    if (invalid) return { errors: invalid };
    const queryPlan = plan(plans, didResolveQueryPlan, loaded, requestContext);
    const format = options.exposeQueryPlan
      ? request.http?.headers.get('apollo-query-plan-experimental')
        ? (request.http.headers.get('apollo-query-plan-experimental-format') ?? 'prettified')
        : undefined
      : undefined;
    const own =
      ownExecutor && format === undefined && !requestContext.metrics.captureTraces
        ? ownOperation(loaded.schema, requestContext, queryPlan)
        : undefined;
    let response: GatewayExecutionResult;
    if (own) {
      ownCount?.inc();
      response = await executeOwn(
        {
          requestContext,
          plan: queryPlan,
          schema: loaded.schema,
          supergraph: loaded.supergraphSchema,
          services: (name) => services[name],
          coerced: coerced ?? {},
        },
        own,
      );
    } else {
      apolloCount?.inc();
      const operationContext = buildOperationContext({
        schema: loaded.schema,
        operationDocument: requestContext.document,
        operationName: request.operationName,
      });
      response = await executeQueryPlan(
        queryPlan,
        services,
        requestContext,
        operationContext,
        loaded.supergraphSchema,
        loaded.apiSchema,
      );
    }
    // As Apollo Gateway answers it: the plan, printed (`prettified`), as data (`internal`), else `true`.
    if (format !== undefined)
      response.extensions = {
        __queryPlanExperimental:
          format === 'prettified'
            ? (queryPlan.node && prettyFormatQueryPlan(queryPlan)) || true
            : format === 'internal'
              ? queryPlan
              : true,
      };
    return response;
  };
}
