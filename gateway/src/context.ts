/**
 * The per-request context of the gateway: what the subgraph data source forwards upstream.
 * Built once per incoming request; nothing request-scoped lives at module level.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../../lib/auth/caller.js';
import { REQUEST_ID_HEADER, safeRequestId } from '../../lib/requestId.js';
import { requestIdOf } from '../../lib/telemetry/requestSpan.js';

/** Who sent a request, from its verified bearer token (the auth plugin); what authorization reads. */
export type Identity = Caller;

const IDENTITY = Symbol('integra.identity');
type WithIdentity = IncomingMessage & { [IDENTITY]?: Identity };

/** Records a request's verified identity (the auth plugin's middleware), for its context to pick up. */
export function setRequestIdentity(req: IncomingMessage, identity: Identity): void {
  (req as WithIdentity)[IDENTITY] = identity;
}

/** The identity the auth plugin verified for `req`; `undefined` for an anonymous request. */
export function requestIdentity(req: IncomingMessage): Identity | undefined {
  return (req as WithIdentity)[IDENTITY];
}

export interface GatewayContext {
  /** The verified identity of the caller; `undefined` for an anonymous request (no token). */
  readonly identity: Identity | undefined;
  /**
   * The gateway's own id for this request, a fresh UUID: sent to subgraphs as `x-request-id` (their
   * logs and audit rows keep it) and returned to the client in the response's `x-request-id`.
   */
  readonly requestId: string;
  /**
   * The `x-request-id` the client sent, when it is safe to log: logged beside `requestId`, never
   * sent upstream, so a client cannot choose, reuse or forge the id that audit rows are kept under.
   */
  readonly clientRequestId: string | undefined;
  /** The client's `Accept-Language`, forwarded as is: the subgraphs choose the language. */
  readonly acceptLanguage: string | undefined;
  /** The client's address (behind `GATEWAY_TRUSTED_PROXIES`, the one `X-Forwarded-For` names): rate limits' key for anonymous callers. */
  readonly clientAddress: string | undefined;
}

export { REQUEST_ID_HEADER } from '../../lib/requestId.js';

function header(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

/** Builds the context of one request and returns the gateway's request id on the response. */
export async function createRequestContext({
  req,
  res,
}: {
  req: IncomingMessage;
  res: ServerResponse;
}): Promise<GatewayContext> {
  // The tracing plugin's middleware gave the request its id; a request that skipped it gets one here.
  const requestId = requestIdOf(req) ?? randomUUID();
  if (!res.headersSent && !res.hasHeader(REQUEST_ID_HEADER)) res.setHeader(REQUEST_ID_HEADER, requestId);
  return {
    requestId,
    clientRequestId: safeRequestId(req.headers[REQUEST_ID_HEADER]),
    acceptLanguage: header(req.headers['accept-language']),
    identity: (req as WithIdentity)[IDENTITY],
    // Express's `req.ip` honours its `trust proxy` setting; a bare Node request has only the socket.
    clientAddress: (req as IncomingMessage & { ip?: string }).ip ?? req.socket.remoteAddress,
  };
}
