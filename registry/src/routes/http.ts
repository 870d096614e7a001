/**
 * The registry's HTTP conventions: JSON in and out, and every refusal as
 * `{ error: { code, message } }` with a 4xx status (plus, for failed checks, the `report`).
 */
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import type { ErrorBody } from '../../../lib/httpErrors.js';
import type { Logger } from '../../../lib/log.js';

/** The codes the registry refuses with. */
export const RegistryErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  /** The candidate failed its checks; the answer carries the `report`. */
  CHECKS_FAILED: 'CHECKS_FAILED',
  /** A client operation is not valid against the current schema; the answer carries `operations`. */
  INVALID_OPERATION: 'INVALID_OPERATION',
  /** The graph kept changing while the change was checked: try again. */
  CONFLICT: 'CONFLICT',
} as const;
export type RegistryErrorCode = (typeof RegistryErrorCode)[keyof typeof RegistryErrorCode];

/** An expected refusal: its status, code and message reach the client as they are. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** More members of the answer's body, e.g. `report`. */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** `{ error: { code, message } }`: the body of every refusal, lib/httpErrors' included. */
export const registryErrorBody: ErrorBody = (code, message) => ({ error: { code, message } });

/** 400 BAD_REQUEST. */
export function badRequest(message: string): HttpError {
  return new HttpError(400, RegistryErrorCode.BAD_REQUEST, message);
}

/** 404 NOT_FOUND. */
export function notFound(message: string): HttpError {
  return new HttpError(404, RegistryErrorCode.NOT_FOUND, message);
}

/** Answers an `HttpError`; anything else goes on to lib/httpErrors' handler (body-parser's errors, or a masked 500). */
export function httpErrorHandler(): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (!(error instanceof HttpError) || res.headersSent) {
      next(error);
      return;
    }
    res
      .status(error.status)
      .json({ ...(registryErrorBody(error.code, error.message) as object), ...error.extra });
  };
}

/** The JSON 404 of a path no route serves. */
export function unknownRoute(log: Logger): RequestHandler {
  return (req, res) => {
    log.debug({ method: req.method, path: req.path }, 'no such route');
    res
      .status(404)
      .json(registryErrorBody(RegistryErrorCode.NOT_FOUND, `No route for ${req.method} ${req.path}`));
  };
}

/** A path parameter that must be a version number (1, 2, 3...). */
export function versionParam(req: Request, param = 'version'): number {
  const text = String(req.params[param] ?? '');
  if (!/^[1-9]\d{0,8}$/.test(text)) throw badRequest(`"${text}" is not a version number (1, 2, 3...)`);
  return Number(text);
}

/** The request's JSON body as an object, or a 400. */
export function jsonBody(req: Request): Record<string, unknown> {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object (Content-Type: application/json)');
  }
  return body as Record<string, unknown>;
}

/** A required non-empty string member of a body. */
export function stringMember(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw badRequest(`"${name}" must be a non-empty string`);
  return value;
}
