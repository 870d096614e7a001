/**
 * The last express middleware of every server: a request that fails before GraphQL runs (body
 * that is not JSON, too large, in an unknown encoding) gets a JSON GraphQL error with a 4xx
 * status, never express's HTML page with a stack trace; anything else is a masked 500.
 */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from './log.js';
import { ErrorCode } from './errors.js';

/** body-parser marks its errors with `type` and `status`. */
interface BodyParserError {
  type?: string;
  status?: number;
}

const REQUEST_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  'entity.parse.failed': { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The request body is not valid JSON' },
  'entity.too.large': { status: 413, code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'The request body is too large' },
  'encoding.unsupported': { status: 415, code: ErrorCode.BAD_REQUEST, message: 'The request body has an unsupported encoding' },
  'charset.unsupported': { status: 415, code: ErrorCode.BAD_REQUEST, message: 'The request body has an unsupported charset' },
  'request.aborted': { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The request was aborted' },
};

export function jsonErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const known = REQUEST_ERRORS[(error as BodyParserError)?.type ?? ''];
    if (known) {
      res.status(known.status).json({ errors: [{ message: known.message, extensions: { code: known.code } }] });
      return;
    }
    log.error({ err: error }, 'unexpected HTTP error');
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
  };
}
