/**
 * Authorization in the schema. Fields and types marked `@authenticated` or `@requiresScopes` in a
 * subgraph's SDL are composed into the supergraph; before anything is planned, this plugin removes
 * from the operation the fields the caller may not read (`filter.ts`), so no subgraph is asked for
 * them, and answers each with `null` and an `UNAUTHENTICATED` (anonymous caller) or `FORBIDDEN`
 * (missing scope) error at its path, while the rest of the operation answers (`response.ts`).
 * When nothing is left to run, no subgraph is called at all. The owning subgraphs enforce the same
 * directives again (`lib/subgraph/authorization.ts`).
 *
 * Apollo Gateway refuses a supergraph whose `for: SECURITY` features it does not enforce itself;
 * this plugin enforces `authenticated/v0.1` and `requiresScopes/v0.1`, which the shared supergraph
 * preparation (`lib/supergraph/load.ts`) declares, for the gateway and the registry alike. Any
 * other security feature (e.g. `@policy`) still makes the supergraph fail to load.
 */
import { createHash } from 'node:crypto';
import {
  getOperationAST,
  getVariableValues,
  print,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { readRequirements, type Requirements } from '../../../../lib/auth/requirements.js';
import type { Logger } from '../../../../lib/log.js';
import type { GatewayContext } from '../../context.js';
import type { GatewayPlugin } from '../../plugin.js';
import { parsedSupergraph } from '../../supergraph/parsed.js';
import { filterOperation, type FilteredOperation } from './filter.js';
import { restoreRemovedFields } from './response.js';

/** The request context fields this plugin replaces once it has filtered the operation. */
interface Replaceable {
  document: DocumentNode;
  queryHash: string;
  operation: ReturnType<typeof getOperationAST>;
}

export function authorizationPlugin(options: { log: Logger }): GatewayPlugin {
  let requirements: Requirements | undefined;
  /**
   * Whether an operation reaches a protected field at all, by operation node (Apollo's document
   * store hands the same parsed document to every request of one text). Most operations reach
   * none: they are then never walked again, for any caller. Reset with each supergraph.
   */
  let protectedReach = new WeakMap<OperationDefinitionNode, boolean>();
  const reachesProtected = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    current: Requirements,
  ): boolean => {
    let reaches = protectedReach.get(operation);
    if (reaches === undefined) {
      // An anonymous caller is refused every protected field, and without variables nothing is left out.
      reaches = filterOperation(schema, document, operation, current, undefined) !== undefined;
      protectedReach.set(operation, reaches);
    }
    return reaches;
  };

  const patchResponse = (
    context: GraphQLRequestContextWillSendResponse<GatewayContext>,
    filtered: FilteredOperation,
  ) => {
    const body = context.response.body;
    if (body.kind !== 'single') return;
    const result = body.singleResult;
    if (!result.data) return;
    const errors = restoreRemovedFields(result.data, filtered);
    if (errors.length > 0) result.errors = [...(result.errors ?? []), ...errors];
  };

  return {
    name: 'authorization',
    apollo: {
      async serverWillStart() {
        return {
          schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
            if (!coreSupergraphSdl) return;
            requirements = readRequirements(parsedSupergraph(coreSupergraphSdl));
            protectedReach = new WeakMap();
            options.log.debug({ empty: requirements.empty }, 'authorization requirements loaded');
          },
        };
      },
      async requestDidStart() {
        let filtered: FilteredOperation | undefined;
        return {
          async didResolveOperation(context) {
            if (!requirements || !context.operation) return;
            if (!reachesProtected(context.schema, context.document, context.operation, requirements)) return;
            const coerced = getVariableValues(
              context.schema,
              context.operation.variableDefinitions ?? [],
              context.request.variables ?? {},
            );
            filtered = filterOperation(
              context.schema,
              context.document,
              context.operation,
              requirements,
              context.contextValue.identity,
              coerced.coerced,
            );
            if (!filtered) return;
            // The gateway plans and caches plans by document and hash: give it the filtered ones.
            const replaceable = context as unknown as Replaceable;
            replaceable.document = filtered.document;
            replaceable.operation = getOperationAST(filtered.document, context.operationName);
            replaceable.queryHash = createHash('sha256').update(print(filtered.document)).digest('hex');
          },
          async responseForOperation(context) {
            if (!filtered?.emptyRoot) return null;
            return { http: context.response.http, body: { kind: 'single', singleResult: { data: {} } } };
          },
          async willSendResponse(context) {
            if (filtered) patchResponse(context, filtered);
          },
        };
      },
    },
  };
}
