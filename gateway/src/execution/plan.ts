/**
 * A query plan run as Apollo Gateway runs it (`executeQueryPlan`): sequences in order, parallel
 * nodes together, each fetch sent through its subgraph's data source with the request's variables
 * it uses, entity fetches with the representations of the entities at their path, each answer
 * merged where it belongs; subgraph errors renamed to where they belong in the client's answer.
 * A failed fetch is an error of the answer, never of the others.
 */
import { ERRORS, errorCodeDef } from '@apollo/federation-internals';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { FetchNode, PlanNode, QueryPlan } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { rewrite, select } from './representations.js';
import { mergeInto, pathsAt, put, valuesAt, type Data, type ResponsePath } from './values.js';

export interface PlanRun {
  readonly requestContext: GatewayGraphQLRequestContext;
  /** The data source of each subgraph by name. */
  readonly services: (name: string) => GraphQLDataSource | undefined;
  /** The served supergraph's types: representations' type conditions and rewrites. */
  readonly supergraph: GraphQLSchema;
  /** The request's variables coerced (defaults included): conditions. */
  readonly coerced: Readonly<Record<string, unknown>>;
  /** The errors of the answer, in the order they came. */
  readonly errors: unknown[];
}

interface Cursor {
  readonly path: ResponsePath;
  readonly data: unknown;
  readonly root: Data;
}

/** Whether this executor runs `plan` the way Apollo's does: no `@defer`, no subscription, no `@fromContext`. */
export function runsHere(plan: QueryPlan): boolean {
  const node = plan.node;
  if (!node) return true;
  if (node.kind === 'Subscription') return false;
  const ok = (n: PlanNode): boolean => {
    switch (n.kind) {
      case 'Fetch':
        return !n.hasDefers && !n.contextRewrites?.length;
      case 'Flatten':
        return ok(n.node);
      case 'Sequence':
      case 'Parallel':
        return n.nodes.every(ok);
      case 'Condition':
        return (!n.ifClause || ok(n.ifClause)) && (!n.elseClause || ok(n.elseClause));
      default:
        return false;
    }
  };
  return ok(node);
}

/** Runs `plan`, merging every answer into `root`. */
export async function runPlan(run: PlanRun, plan: QueryPlan, root: Data): Promise<void> {
  if (plan.node && plan.node.kind !== 'Subscription')
    await runNode(run, plan.node, { path: [], data: root, root });
}

async function runNode(run: PlanRun, node: PlanNode, cursor: Cursor): Promise<void> {
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await runNode(run, child, cursor);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => runNode(run, child, cursor)));
      return;
    case 'Flatten': {
      let data: unknown;
      try {
        data = valuesAt(cursor.data, node.path);
      } catch (error) {
        run.errors.push(error);
        return;
      }
      if (data === null || data === undefined) return;
      await runNode(run, node.node, { path: [...cursor.path, ...node.path], data, root: cursor.root });
      return;
    }
    case 'Fetch':
      try {
        await runFetch(run, node, cursor);
      } catch (error) {
        run.errors.push(error);
      }
      return;
    case 'Condition': {
      const branch = run.coerced[node.condition] === true ? node.ifClause : node.elseClause;
      if (branch) await runNode(run, branch, cursor);
      return;
    }
    default:
      throw new Error(`The gateway does not run ${node.kind} nodes here`);
  }
}

async function runFetch(run: PlanRun, fetch: FetchNode, cursor: Cursor): Promise<void> {
  const service = run.services(fetch.serviceName);
  if (!service) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
  const entities: Data[] = Array.isArray(cursor.data)
    ? (cursor.data.filter((e) => e !== null && e !== undefined) as Data[])
    : [cursor.data as Data];
  if (entities.length === 0) return;
  const variables: Data = {};
  const provided = run.requestContext.request.variables;
  if (provided && fetch.variableUsages)
    for (const name of fetch.variableUsages)
      if (Object.hasOwn(provided, name) && provided[name] !== undefined) put(variables, name, provided[name]);

  if (!fetch.requires) {
    const data = await send(run, service, fetch, cursor, variables);
    if (data) rewrite(run.supergraph, fetch.outputRewrites, data);
    for (const entity of entities) mergeInto(entity, data);
    return;
  }
  const representations: Data[] = [];
  const entityOf: number[] = [];
  entities.forEach((entity, index) => {
    const representation = select(run.supergraph, entity, fetch.requires!);
    if (representation?.['__typename']) {
      rewrite(run.supergraph, fetch.inputRewrites, representation);
      representations.push(representation);
      entityOf.push(index);
    }
  });
  if (representations.length === 0) return;
  if (Object.hasOwn(variables, 'representations'))
    throw new Error(`Variables cannot contain key "representations"`);
  const data = await send(run, service, fetch, cursor, { ...variables, representations }, entityOf);
  if (!data) return;
  const received = data['_entities'];
  if (!Array.isArray(received)) throw new Error(`Expected "data._entities" in response to be an array`);
  if (received.length !== representations.length)
    throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
  for (let i = 0; i < received.length; i++) {
    const entity = received[i] as Data | null;
    const existing = entities[entityOf[i]!]!;
    if (entity && !entity['__typename']) entity['__typename'] = existing['__typename'];
    rewrite(run.supergraph, fetch.outputRewrites, entity);
    mergeInto(existing, entity);
  }
}

const tracer = trace.getTracer('integra-gateway');

/**
 * One fetch through its data source, in a `gateway.fetch` span naming its subgraph when the
 * request is traced (as Apollo's executor does): the subgraph's own spans become its children.
 */
function send(...args: Parameters<typeof sendOne>): ReturnType<typeof sendOne> {
  if (!trace.getActiveSpan()?.isRecording()) return sendOne(...args);
  const attributes = { service: args[2].serviceName };
  return tracer.startActiveSpan('gateway.fetch', { attributes }, async (span) => {
    try {
      return await sendOne(...args);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** One fetch through its data source; its errors added to the answer's, at their place in it. */
async function sendOne(
  run: PlanRun,
  service: GraphQLDataSource,
  fetch: FetchNode,
  cursor: Cursor,
  variables: Data,
  entityOf?: readonly number[],
): Promise<Data | null | undefined> {
  const { requestContext } = run;
  const response = await service.process({
    // Apollo's `GraphQLDataSourceRequestKind.INCOMING_OPERATION` (its enum is not exported).
    kind: 'incoming operation' as Extract<
      GraphQLDataSourceProcessOptions,
      { incomingRequestContext: unknown }
    >['kind'],
    request: { query: fetch.operation, variables, operationName: fetch.operationName },
    incomingRequestContext: requestContext,
    context: requestContext.context,
    ...(fetch.operationDocumentNode && { document: fetch.operationDocumentNode }),
    pathInIncomingRequest: cursor.path as (string | number)[],
  });
  if (response.errors) {
    let entityPaths: (string | number)[][] | undefined;
    const pathOf = (path: GraphQLFormattedError['path']): (string | number)[] | undefined => {
      if (!path) return undefined;
      if (entityOf && typeof path[1] === 'number') {
        entityPaths ??= pathsAt(cursor.root, cursor.path);
        return [...(entityPaths[entityOf[path[1]] ?? -1] ?? []), ...path.slice(2)];
      }
      return [...cursor.path, ...path];
    };
    for (const error of response.errors)
      run.errors.push(subgraphError(error, fetch.serviceName, pathOf(error.path)));
  }
  return response.data as Data | null | undefined;
}

/** A subgraph's error as Apollo Gateway reports it: its code kept, or `DOWNSTREAM_SERVICE_ERROR`; `serviceName` added. */
function subgraphError(
  original: GraphQLFormattedError,
  serviceName: string,
  path: (string | number)[] | undefined,
): GraphQLError {
  const message = original.message || `Error while fetching subquery from service "${serviceName}"`;
  const options = {
    originalError: original as Error,
    path,
    extensions: { ...original.extensions, serviceName },
  };
  const known = errorCodeDef(original);
  if (!known && original.extensions?.['code']) return new GraphQLError(message, options);
  return (known ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}
