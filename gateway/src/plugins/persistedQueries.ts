/**
 * Automatic persisted queries (APQ) run in Apollo Server itself (their store is the cache plugin's).
 * Two of its refusals carry no code: a hash that does not match the query sent with it, and an
 * unknown protocol version. Both are the client's mistake (HTTP 400), yet without a code they would
 * read as INTERNAL_SERVER_ERROR, and be masked and logged as the gateway's fault in production.
 * This plugin gives them `BAD_REQUEST`, the graph's code for a malformed request.
 */
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../../../lib/errors.js';
import type { GatewayPlugin } from '../plugin.js';

const CLIENT_MISTAKES = new Set(['provided sha does not match query', 'Unsupported persisted query version']);

export function persistedQueriesPlugin(): GatewayPlugin {
  return {
    name: 'persistedQueries',
    formatError: (formatted) =>
      CLIENT_MISTAKES.has(formatted.message) && formatted.extensions?.['code'] === ApolloServerErrorCode.INTERNAL_SERVER_ERROR
        ? { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } }
        : formatted,
  };
}
