/**
 * The closed list of `extensions.code` values the graph returns. Expected failures throw one of
 * these; anything else is an internal error and is masked outside development.
 */
import { GraphQLError } from 'graphql';
import { ApolloServerErrorCode, ApolloServerValidationErrorCode } from '@apollo/server/errors';

export const ErrorCode = {
  /** The HTTP request itself is malformed (not JSON, wrong shape). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The request body is larger than the server accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** An argument or input field is invalid; `extensions.argument` names it when one can be named. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The record was changed by someone else since it was read. */
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** The gateway runs only registered operations (trusted documents) and this one is not (HTTP 400). */
  OPERATION_NOT_TRUSTED: 'OPERATION_NOT_TRUSTED',
  /** The operation's estimated cost (demand control) is over the gateway's limit (HTTP 400); the message names both. */
  COST_ESTIMATED_TOO_EXPENSIVE: 'COST_ESTIMATED_TOO_EXPENSIVE',
  /**
   * The caller sent more requests, or asked for more cost, than its rate limit allows (HTTP 429, with
   * `Retry-After`); `extensions.retryAfterSeconds` says when to send it again.
   */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A database statement ran past its subgraph's statement timeout (`<ENVPREFIX>_STATEMENT_TIMEOUT_MS`); the field is null. */
  STATEMENT_TIMEOUT: 'STATEMENT_TIMEOUT',
  /** A subgraph could not be reached or failed; `extensions.serviceName` names it. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /**
   * A write needs a fact another partner owns, and the graph could not answer for it (unreachable,
   * too slow, or answering with errors); nothing was written. `extensions.owner` names the partner.
   */
  GRAPH_UNAVAILABLE: 'GRAPH_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An invalid argument: the message says what is wrong, `extensions.argument` names the argument. */
export function badUserInput(argument: string, reason: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}

/** Codes shown to clients as they are: the graph's closed list and Apollo's request protocol. */
const PUBLIC_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  ...Object.values(ApolloServerErrorCode).filter(
    (code) => code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
  ),
  ...Object.values(ApolloServerValidationErrorCode),
]);

/** True for an expected failure's code (shown as it is); anything else is masked outside development. */
export function isPublicCode(code: unknown): boolean {
  return typeof code === 'string' && PUBLIC_CODES.has(code);
}
