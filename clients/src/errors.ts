/**
 * The graph's errors as typed values. The gateway answers every failure with `extensions.code`
 * from a closed list (the graph's own and Apollo Server's request codes); the codes a program acts
 * on carry their extensions here, typed, so that a form can mark its bad fields, an editor can
 * offer the current version, and a page can show what the graph did answer.
 */
import type { GraphQLFormattedError } from 'graphql';

/** One invalid input field of a write: `field` is its path from the argument, e.g. `input.municipalityCode`. */
export interface FieldProblem {
  readonly field: string;
  readonly reason: string;
}

/** Why a subgraph could not answer. */
export type UnavailableReason =
  'timeout' | 'unreachable' | 'http_error' | 'invalid_response' | 'too_large' | 'circuit_open' | 'overloaded';

/** Codes that carry nothing beyond their message. */
export const PLAIN_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'OPERATION_NOT_TRUSTED',
  'COST_ESTIMATED_TOO_EXPENSIVE',
  'STATEMENT_TIMEOUT',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
] as const;
export type PlainCode = (typeof PLAIN_CODES)[number];

/**
 * One error of an answer, by its code. `UNKNOWN` is a code not on the graph's list (or none);
 * `NETWORK_ERROR` means no GraphQL answer came at all (the gateway unreachable, or not JSON).
 */
export type IntegraError =
  | { readonly code: PlainCode; readonly message: string }
  | {
      readonly code: 'BAD_USER_INPUT';
      readonly message: string;
      /** The argument or input field at fault, when one can be named. */
      readonly argument: string | undefined;
      /** Every bad field of a write's input with why; empty when the error names at most `argument`. */
      readonly fields: readonly FieldProblem[];
      /** The subgraph that refused the input, when it was a subgraph rather than the gateway. */
      readonly serviceName: string | undefined;
    }
  | {
      readonly code: 'CONFLICT';
      readonly message: string;
      /**
       * The record's version now: read it again and retry from there. Undefined when a create lost
       * the race for a new id to other writes (nothing was written; send it again).
       */
      readonly currentVersion: number | undefined;
    }
  | {
      readonly code: 'SUBGRAPH_UNAVAILABLE';
      readonly message: string;
      /** The subgraph that could not answer; the other subgraphs' data is in the result's `data`. */
      readonly serviceName: string;
      readonly reason: UnavailableReason | undefined;
    }
  | {
      readonly code: 'RATE_LIMITED';
      readonly message: string;
      /** When to send it again (the answer's `Retry-After`); undefined when the gateway did not say. */
      readonly retryAfterSeconds: number | undefined;
    }
  | {
      readonly code: 'GRAPH_UNAVAILABLE';
      readonly message: string;
      /** The partner whose fact the write needed; nothing was written. */
      readonly owner: string | undefined;
    }
  | { readonly code: 'UNKNOWN'; readonly message: string; readonly reportedCode: string | undefined }
  | { readonly code: 'NETWORK_ERROR'; readonly message: string; readonly status: number | undefined };

export type IntegraErrorCode = IntegraError['code'];

/** What one request answered: its data, or its errors (first the one to act on) next to whatever data came. */
export type IntegraResult<TData> =
  | { readonly ok: true; readonly data: TData }
  | {
      readonly ok: false;
      /** The first error: the answer's first, or the request's refusal. */
      readonly error: IntegraError;
      readonly errors: readonly IntegraError[];
      /** The data the graph did answer (fields that failed are null), or null when nothing ran. */
      readonly data: TData | null;
    };

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function fieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const { field, reason } = (item ?? {}) as Record<string, unknown>;
    return typeof field === 'string' && typeof reason === 'string' ? [{ field, reason }] : [];
  });
}

const REASONS: ReadonlySet<string> = new Set<UnavailableReason>([
  'timeout',
  'unreachable',
  'http_error',
  'invalid_response',
  'too_large',
  'circuit_open',
  'overloaded',
]);
const PLAIN: ReadonlySet<string> = new Set<string>(PLAIN_CODES);

/** One GraphQL error as the typed value of its code. */
export function toIntegraError(error: GraphQLFormattedError): IntegraError {
  const extensions = error.extensions ?? {};
  const code = asString(extensions['code']);
  const { message } = error;
  switch (code) {
    case 'BAD_USER_INPUT':
      return {
        code,
        message,
        argument: asString(extensions['argument']),
        fields: fieldProblems(extensions['fields']),
        serviceName: asString(extensions['serviceName']),
      };
    case 'CONFLICT': {
      const version = extensions['currentVersion'];
      return { code, message, currentVersion: typeof version === 'number' ? version : undefined };
    }
    case 'SUBGRAPH_UNAVAILABLE': {
      const reason = asString(extensions['reason']);
      return {
        code,
        message,
        serviceName: asString(extensions['serviceName']) ?? 'unknown',
        reason: reason !== undefined && REASONS.has(reason) ? (reason as UnavailableReason) : undefined,
      };
    }
    case 'GRAPH_UNAVAILABLE':
      return { code, message, owner: asString(extensions['owner']) };
    case 'RATE_LIMITED': {
      const after = extensions['retryAfterSeconds'];
      return { code, message, retryAfterSeconds: typeof after === 'number' ? after : undefined };
    }
    default:
      if (code !== undefined && PLAIN.has(code)) return { code: code as PlainCode, message };
      return { code: 'UNKNOWN', message, reportedCode: code };
  }
}
