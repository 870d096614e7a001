/**
 * What clients see when something fails. A subgraph that cannot answer becomes a
 * `SUBGRAPH_UNAVAILABLE` error naming it (`extensions.serviceName`) next to the partial data the
 * other subgraphs gave; outside development, internal URLs, stack traces and unexpected errors
 * never reach clients (they are logged instead).
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, isPublicCode } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/log.js';
import type { FormatError, GatewayPlugin } from '../plugin.js';
import type { SubgraphErrorEvent } from '../subgraphDataSource/index.js';
import { ResponseTooLargeError, SubgraphRefusedError } from '../subgraphErrors.js';

export interface ErrorsPluginOptions {
  /** Show error details (causes, stack traces, unexpected messages) to clients. */
  readonly development: boolean;
  readonly log: Logger;
}

/** Why a subgraph could not answer: `extensions.reason` of a `SUBGRAPH_UNAVAILABLE` error. */
export type UnavailableReason =
  'timeout' | 'unreachable' | 'http_error' | 'invalid_response' | 'too_large' | 'circuit_open' | 'overloaded';

/** Extensions that may carry internal URLs, upstream bodies or stack traces. */
const PRIVATE_EXTENSIONS = ['stacktrace', 'exception', 'response', 'detail'] as const;

function reasonOf({ error, status }: SubgraphErrorEvent): UnavailableReason {
  if (error instanceof SubgraphRefusedError) return error.reason;
  if (error instanceof ResponseTooLargeError) return 'too_large';
  if (status === undefined)
    return error.name === 'TimeoutError' || error.name === 'AbortError' ? 'timeout' : 'unreachable';
  return status >= 200 && status < 300 ? 'invalid_response' : 'http_error';
}

const DESCRIPTIONS: Record<UnavailableReason, (status: number | undefined) => string> = {
  timeout: () => 'it did not answer in time',
  unreachable: () => 'it could not be reached',
  http_error: (status) => `it answered HTTP ${status}`,
  invalid_response: () => 'its answer was not a GraphQL response',
  too_large: () => 'its answer was over the size the gateway reads',
  circuit_open: () => 'it failed too often lately (circuit open); it is asked again shortly',
  overloaded: () => 'too many requests wait for it',
};

/** The error's message and its causes' (undici says "fetch failed" and puts ECONNREFUSED in `cause`). */
function describe(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error && messages.length < 5; current = current.cause)
    messages.push(current.message);
  return messages.join(': ');
}

/** The error a failed subgraph fetch becomes: names the subgraph, never its URL. */
export function subgraphUnavailable(event: SubgraphErrorEvent, development: boolean): GraphQLError {
  const reason = reasonOf(event);
  return new GraphQLError(
    `Subgraph "${event.subgraph}" is unavailable: ${DESCRIPTIONS[reason](event.status)}`,
    {
      extensions: {
        code: ErrorCode.SUBGRAPH_UNAVAILABLE,
        serviceName: event.subgraph,
        reason,
        ...(event.status === undefined ? {} : { status: event.status }),
        ...(development ? { detail: describe(event.error) } : {}),
      },
    },
  );
}

/** GraphQL's own codes for a request it refuses: the client's fault, never the subgraph's. */
const REQUEST_REFUSALS: ReadonlySet<string> = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);

/**
 * A subgraph that answers 4xx with a GraphQL error refused the client's input: the gateway cannot
 * check custom scalars (Money, Date) itself, so their owner does. That is bad input, reported as
 * `BAD_USER_INPUT` with the subgraph's message, not an unavailable subgraph.
 */
export function refusedInput(event: SubgraphErrorEvent): GraphQLError | undefined {
  if (event.status === undefined || event.status < 400 || event.status >= 500) return undefined;
  const response = (event.error as GraphQLError).extensions?.['response'] as { body?: unknown } | undefined;
  const first = (
    response?.body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined
  )?.errors?.[0];
  const code = first?.extensions?.code;
  if (typeof first?.message !== 'string' || typeof code !== 'string' || !REQUEST_REFUSALS.has(code))
    return undefined;
  return new GraphQLError(first.message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, serviceName: event.subgraph },
  });
}

function withoutPrivateExtensions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions) return formatted;
  const extensions: Record<string, unknown> = { ...formatted.extensions };
  for (const key of PRIVATE_EXTENSIONS) delete extensions[key];
  return { ...formatted, extensions };
}

/** Production formatting: public codes pass (without private extensions), the rest is masked. */
function maskingFormatter(log: Logger): FormatError {
  return (formatted, error) => {
    const code = formatted.extensions?.['code'];
    if (isPublicCode(code)) return withoutPrivateExtensions(formatted);
    log.error({ err: error, path: formatted.path, code }, 'unexpected error, masked for the client');
    const serviceName = formatted.extensions?.['serviceName'];
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        // Which subgraph failed is not a secret, and it is what an operator needs first.
        ...(typeof serviceName === 'string' ? { serviceName } : {}),
      },
    };
  };
}

/**
 * Turns failed subgraph fetches into `SUBGRAPH_UNAVAILABLE` errors, or `BAD_USER_INPUT` when the
 * subgraph refused the client's input (a subgraph hook) and, outside
 * development, masks every error whose code is not public (a `formatError`).
 */
export function errorsPlugin(options: ErrorsPluginOptions): GatewayPlugin {
  return {
    name: 'errors',
    subgraph: {
      onFetchError: (event) => {
        const refused = refusedInput(event);
        if (refused) return refused;
        options.log.warn(
          {
            subgraph: event.subgraph,
            status: event.status,
            requestId: event.context?.requestId,
            clientRequestId: event.context?.clientRequestId,
            err: event.error,
          },
          'subgraph fetch failed',
        );
        return subgraphUnavailable(event, options.development);
      },
    },
    ...(options.development ? {} : { formatError: maskingFormatter(options.log) }),
  };
}
