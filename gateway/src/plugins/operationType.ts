/**
 * An operation of a type the schema does not have (a `subscription`: the graph has none; a
 * `mutation` on a graph without one) is the client's mistake. graphql-js 16 has no rule for it: it
 * validates the operation's fields against no type at all and lets it through, and the gateway's
 * planner then fails with a 500 `INVALID_GRAPHQL` ("The schema has no "subscription" root type
 * defined"). This plugin's validation rule refuses it first, as graphql-js 17's
 * `KnownOperationTypesRule` does: HTTP 400 `GRAPHQL_VALIDATION_FAILED`.
 */
import { GraphQLError, type ValidationRule } from 'graphql';
import type { GatewayPlugin } from '../plugin.js';

/** Reports every operation whose root type (`Query`, `Mutation`, `Subscription`) the schema lacks. */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }),
    );
  },
});

export function operationTypePlugin(): GatewayPlugin {
  return { name: 'operationType', validationRules: [knownOperationTypesRule] };
}
