/**
 * The last express middleware of every server: a request that fails before GraphQL runs (body
 * that is not JSON, too large, in an unknown encoding, not decompressible) gets a JSON GraphQL error
 * with a 4xx status, never express's HTML page with a stack trace; anything else is a masked 500.
 * And for what Node's HTTP parser refuses before express sees it (headers over its size limit,
 * bytes that are not HTTP), `jsonClientErrorHandler` answers JSON too instead of an empty body.
 * The body is a GraphQL error by default; a REST service (the schema registry) passes its own shape.
 */
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from './log.js';
import { ErrorCode } from './errors.js';

/** body-parser marks its errors with `type` and `status`; http-errors marks a client's mistake `expose`; zlib's carry `errno`. */
interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  errno?: number;
}

/**
 * The JSON body of a refusal. GraphQL servers answer `{ errors: [{ message, extensions: { code } }] }`
 * (the default); a REST service such as the schema registry passes its own shape.
 */
export type ErrorBody = (code: string, message: string) => unknown;

/** `{ errors: [{ message, extensions: { code } }] }`, what a GraphQL client expects. */
export const graphqlErrorBody: ErrorBody = (code, message) => ({
  errors: [{ message, extensions: { code } }],
});

const REQUEST_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  'entity.parse.failed': {
    status: 400,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body is not valid JSON',
  },
  'entity.too.large': {
    status: 413,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: 'The request body is too large',
  },
  'encoding.unsupported': {
    status: 415,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body has an unsupported encoding',
  },
  'charset.unsupported': {
    status: 415,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body has an unsupported charset',
  },
  'request.aborted': { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The request was aborted' },
};

/**
 * Another client error http-errors marked (`expose`, a 4xx `status`) without a known `type`: in
 * practice a body that does not decompress as its Content-Encoding says (zlib's error, with its
 * `errno`, which body-parser passes on as a 400 as it is).
 */
function otherClientError(
  error: BodyParserError | undefined,
): { status: number; message: string } | undefined {
  const status = error?.status;
  if (error?.expose !== true || typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const decompression = typeof error.errno === 'number';
  return {
    status,
    message: decompression
      ? 'The request body does not decompress as its Content-Encoding says'
      : 'The request body cannot be read',
  };
}

/**
 * A path whose percent-encoding does not decode (`%ZZ`, a lone `%`, a truncated or overlong UTF-8
 * sequence): express's router throws a URIError when it decodes a route parameter. The client's
 * mistake, not the server's.
 */
function malformedPath(error: unknown): boolean {
  return error instanceof URIError;
}

/** @param body the shape of the JSON answer @default graphqlErrorBody */
export function jsonErrorHandler(log: Logger, body: ErrorBody = graphqlErrorBody): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (malformedPath(error)) {
      res.status(400).json(body(ErrorCode.BAD_REQUEST, 'The request path is not valid percent-encoding'));
      return;
    }
    const known = REQUEST_ERRORS[(error as BodyParserError)?.type ?? ''];
    if (known) {
      res.status(known.status).json(body(known.code, known.message));
      return;
    }
    const other = otherClientError(error as BodyParserError | undefined);
    if (other) {
      res.status(other.status).json(body(ErrorCode.BAD_REQUEST, other.message));
      return;
    }
    log.error({ err: error }, 'unexpected HTTP error');
    res.status(500).json(body(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
  };
}

/** Node's HTTP parser errors (`error.code`) and the answer each gets; anything else is a 400. */
const CLIENT_ERRORS: Record<string, { status: number; reason: string; code: ErrorCode; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: ErrorCode.BAD_REQUEST,
    message: 'The request line and headers are too large',
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    reason: 'Payload Too Large',
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: 'The request body is too large',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    code: ErrorCode.BAD_REQUEST,
    message: 'The request took too long to arrive',
  },
};
const NOT_HTTP = {
  status: 400,
  reason: 'Bad Request',
  code: ErrorCode.BAD_REQUEST,
  message: 'The request is not valid HTTP',
};

/** What Node keeps on a socket while it writes a response (how its own `clientError` default checks it). */
type ServerSocket = Duplex & { _httpMessage?: { headersSent?: boolean } | null };

/**
 * An `http.Server` `clientError` listener: Node's parser refuses some requests before any
 * middleware runs and, by default, answers them with a status and an empty body. This answers the
 * same status with a JSON GraphQL error, as every other refusal. A connection reset, or a socket
 * whose response is already under way, is just closed, as Node does.
 */
export function jsonClientErrorHandler(
  log: Logger,
  body: ErrorBody = graphqlErrorBody,
): (error: Error & { code?: string }, socket: Duplex) => void {
  return (error, socket) => {
    const response = (socket as ServerSocket)._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
      socket.destroy();
      return;
    }
    const refusal = CLIENT_ERRORS[error.code ?? ''] ?? NOT_HTTP;
    log.debug({ code: error.code }, 'request refused by the HTTP parser');
    const text = JSON.stringify(body(refusal.code, refusal.message));
    socket.end(
      `HTTP/1.1 ${refusal.status} ${refusal.reason}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(text)}\r\n` +
        'Connection: close\r\n\r\n' +
        text,
    );
  };
}
