/**
 * Reads `/graphql` requests and checks their shape, once, before any other feature looks at them:
 * - POST bodies are JSON up to `maxBytes` (over it: HTTP 413 `PAYLOAD_TOO_LARGE`, from
 *   `lib/httpErrors.ts`), and only a JSON object (one operation) or array (a batch, which the
 *   batching plugin accepts or refuses). Any other JSON value (`42`, `"query"`, `null`) is HTTP 400
 *   `BAD_REQUEST` here, rather than "not valid JSON" or an error deeper in Apollo Server.
 * - Each operation of a POST (single or batched) and of a GET has the members GraphQL over HTTP
 *   defines, of their types: `query` a non-empty string or absent (absent: sent by its persisted
 *   hash), `operationName` a string, `variables` an object, `extensions` an object, and
 *   `extensions.persistedQuery` `{ version: 1, sha256Hash: <64 lowercase hex digits> }`. Anything
 *   else is HTTP 400 `BAD_REQUEST` naming the member. Apollo Server takes a `query` that is `null`,
 *   `false`, `0` or `""` for a missing one and then runs whatever its persisted-query store holds
 *   under the hash: one check here means no later feature (trusted documents, limits) can be
 *   walked around by a member of an unexpected type.
 *   (`operationName` and `variables` may also be `null`, which the GraphQL over HTTP specification
 *   allows and clients send: the same as absent.)
 */
import express, { type Request, type RequestHandler } from 'express';
import { ErrorCode } from '../../../lib/errors.js';
import type { GatewayPlugin } from '../plugin.js';

export interface RequestBodyPluginOptions {
  /** The largest body accepted, in bytes. @default 1048576 (1 MB) */
  readonly maxBytes?: number;
}

/** One GraphQL operation of an HTTP request, once its shape is checked. */
export interface GraphQLRequestShape {
  readonly query?: string;
  readonly operationName?: string | null;
  readonly variables?: Record<string, unknown> | null;
  readonly extensions?: Record<string, unknown>;
}

/** The persisted-query extension of a checked request (automatic persisted queries, trusted documents). */
export interface PersistedQuery {
  readonly version: 1;
  readonly sha256Hash: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/** What is wrong with one operation's members, or `undefined` when its shape is right. */
export function requestShapeError(request: unknown): string | undefined {
  if (!isObject(request)) return `Each GraphQL request must be a JSON object, got ${describe(request)}`;
  const { query, operationName, variables, extensions } = request;
  if ('query' in request && (typeof query !== 'string' || query.trim() === '')) {
    return `"query" must be the operation's text (a non-empty string), or be left out to send a persisted query by its hash; got ${describe(query)}${typeof query === 'string' ? ' that is empty' : ''}`;
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return `"operationName" must be a string, got ${describe(operationName)}`;
  }
  if (variables !== undefined && variables !== null && !isObject(variables)) {
    return `"variables" must be a JSON object, got ${describe(variables)}`;
  }
  if (!('extensions' in request)) return undefined;
  if (!isObject(extensions)) return `"extensions" must be a JSON object, got ${describe(extensions)}`;
  if ('persistedQuery' in extensions) {
    const persisted = extensions['persistedQuery'];
    if (!isObject(persisted))
      return `"extensions.persistedQuery" must be a JSON object, got ${describe(persisted)}`;
    // Apollo Server's own words, so a client reads the same refusal whether trusted documents are on or off.
    if (persisted['version'] !== 1) return 'Unsupported persisted query version';
    const hash = persisted['sha256Hash'];
    if (typeof hash !== 'string' || !SHA256_HEX.test(hash)) {
      return '"extensions.persistedQuery.sha256Hash" must be the sha256 of the query, as 64 lowercase hexadecimal digits';
    }
  }
  return undefined;
}

/** The persisted-query extension of a request whose shape was checked, when it has one. */
export function persistedQueryOf(request: GraphQLRequestShape): PersistedQuery | undefined {
  return request.extensions?.['persistedQuery'] as PersistedQuery | undefined;
}

/** A GET's operation, from its query string: JSON members parsed; `undefined` members left out. */
export function getRequest(
  req: Pick<Request, 'url'>,
): { request: Record<string, unknown> } | { error: string } {
  const params = new URL(req.url, 'http://gateway').searchParams;
  const request: Record<string, unknown> = {};
  for (const name of ['query', 'operationName', 'variables', 'extensions']) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    if (values.length > 1) return { error: `"${name}" must be given at most once` };
    const value = values[0] ?? '';
    if (name === 'query' || name === 'operationName') {
      request[name] = value;
      continue;
    }
    try {
      request[name] = JSON.parse(value);
    } catch {
      return { error: `"${name}" must be JSON` };
    }
  }
  return { request };
}

const badRequest = (res: Parameters<RequestHandler>[1], message: string): void => {
  res.status(400).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
};

const checkShape: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  if (req.method === 'GET') {
    const got = getRequest(req);
    const error = 'error' in got ? got.error : requestShapeError(got.request);
    return error ? badRequest(res, error) : next();
  }
  if (body === undefined) return next(); // no JSON body: CSRF prevention or Apollo Server refuses it
  if (typeof body !== 'object' || body === null)
    return badRequest(res, 'The request body must be a JSON object (a GraphQL request)');
  for (const request of Array.isArray(body) ? body : [body]) {
    const error = requestShapeError(request);
    if (error) return badRequest(res, error);
  }
  next();
};

export function requestBodyPlugin(options: RequestBodyPluginOptions = {}): GatewayPlugin {
  return {
    name: 'requestBody',
    // strict: false lets any JSON value through to checkShape, which names the problem.
    middleware: [express.json({ limit: options.maxBytes ?? 1024 * 1024, strict: false }), checkShape],
  };
}
