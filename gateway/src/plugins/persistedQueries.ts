/**
 * Automatic persisted queries (APQ): Apollo Server registers them in its cache, which this plugin
 * provides: the gateway's persisted-query store (`stores.ts`: in process, or in Redis so that every
 * replica knows a query any of them registered). How long a registration lasts, and whether APQ
 * runs at all, is the trusted documents plugin's (`GATEWAY_APQ_TTL_SECONDS`).
 *
 * Two of its refusals carry no code: a hash that does not match the query sent with it, and an
 * unknown protocol version. Both are the client's mistake (HTTP 400), yet without a code they would
 * read as INTERNAL_SERVER_ERROR, and be masked and logged as the gateway's fault in production.
 * This plugin gives them `BAD_REQUEST`, the graph's code for a malformed request.
 */
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../../../lib/errors.js';
import type { GatewayPlugin, ServerCache } from '../plugin.js';

const CLIENT_MISTAKES = new Set(['provided sha does not match query', 'Unsupported persisted query version']);

export interface PersistedQueriesPluginOptions {
  /** Where queries are registered: `GatewayStores.persistedQueries`. */
  readonly store: ServerCache;
}

export function persistedQueriesPlugin(options: PersistedQueriesPluginOptions): GatewayPlugin {
  return {
    name: 'persistedQueries',
    cache: options.store,
    formatError: (formatted) =>
      CLIENT_MISTAKES.has(formatted.message) &&
      formatted.extensions?.['code'] === ApolloServerErrorCode.INTERNAL_SERVER_ERROR
        ? { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } }
        : formatted,
  };
}
