/**
 * An `operationName` that names no operation of the document, or a document with several
 * operations and no `operationName`, is the client's mistake. Apollo Server leaves choosing the
 * operation to the gateway, which reports it as a 500 `INVALID_GRAPHQL`; this plugin refuses it
 * first, as Apollo Server does without a gateway: HTTP 400 `OPERATION_RESOLUTION_FAILURE`.
 */
import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GatewayPlugin } from '../plugin.js';

function unresolved(operationName: string | undefined): GraphQLError {
  const message = operationName
    ? `Unknown operation named "${operationName}".`
    : 'The document has several operations: operationName must name the one to run.';
  return new GraphQLError(message, {
    extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } },
  });
}

export function operationNamePlugin(): GatewayPlugin {
  return {
    name: 'operationName',
    apollo: {
      async requestDidStart() {
        return {
          // Apollo Server answers what this throws as a request error, with its `http` status.
          async didResolveOperation({ operation, request }) {
            if (!operation) throw unresolved(request.operationName ?? undefined);
          },
        };
      },
    },
  };
}
