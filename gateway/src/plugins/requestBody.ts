/**
 * Reads `/graphql` request bodies: JSON up to `maxBytes` (over it: HTTP 413 `PAYLOAD_TOO_LARGE`,
 * from `lib/httpErrors.ts`), and only a JSON object (one operation) or array (a batch, which the
 * batching plugin accepts or refuses). Any other JSON value (`42`, `"query"`, `null`) is HTTP 400
 * `BAD_REQUEST` here, rather than "not valid JSON" or an error deeper in Apollo Server.
 */
import express, { type RequestHandler } from 'express';
import { ErrorCode } from '../../../lib/errors.js';
import type { GatewayPlugin } from '../plugin.js';

export interface RequestBodyPluginOptions {
  /** The largest body accepted, in bytes. @default 1048576 (1 MB) */
  readonly maxBytes?: number;
}

const requireObjectBody: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  if (body === undefined || (typeof body === 'object' && body !== null)) {
    next();
    return;
  }
  res.status(400).json({
    errors: [{ message: 'The request body must be a JSON object (a GraphQL request)', extensions: { code: ErrorCode.BAD_REQUEST } }],
  });
};

export function requestBodyPlugin(options: RequestBodyPluginOptions = {}): GatewayPlugin {
  return {
    name: 'requestBody',
    // strict: false lets any JSON value through to requireObjectBody, which names the problem.
    middleware: [express.json({ limit: options.maxBytes ?? 1024 * 1024, strict: false }), requireObjectBody],
  };
}
