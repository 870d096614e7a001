/**
 * The span of one HTTP request, and the request's id, for the rest of the request: the first
 * middleware of a `/graphql` route continues the caller's `traceparent` (or starts a trace), runs
 * everything after it inside that span's context, and ends the span when the answer is sent. Log
 * lines written meanwhile carry the trace id and the request id (`lib/log.ts`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  createContextKey,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
} from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import { integraTracer } from './tracing.js';

const REQUEST_ID = createContextKey('integra.request-id');
const REQUEST_IDS = new WeakMap<IncomingMessage, string>();

/** The id of the request being served in the current context, if any. */
export function currentRequestId(active: Context = context.active()): string | undefined {
  return active.getValue(REQUEST_ID) as string | undefined;
}

/** The id `requestSpan` gave `req`. */
export function requestIdOf(req: IncomingMessage): string | undefined {
  return REQUEST_IDS.get(req);
}

export interface RequestSpanOptions {
  /** The request's id: made fresh by the gateway, taken from the gateway's header by a subgraph. */
  readonly requestId: (req: IncomingMessage, res: ServerResponse) => string | undefined;
}

/** Express/connect middleware: see the module's comment. */
export function requestSpan(options: RequestSpanOptions) {
  const tracer = integraTracer();
  return (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void => {
    const parent = propagation.extract(context.active(), req.headers);
    // Mounted on a route, express keeps the full path in `originalUrl`; never the query (it may hold variables).
    const path = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '/').split('?', 1)[0]!;
    const span = tracer.startSpan(
      `${req.method ?? 'GET'} ${path}`,
      {
        kind: SpanKind.SERVER,
        attributes: { [ATTR_HTTP_REQUEST_METHOD]: req.method ?? 'GET', [ATTR_URL_PATH]: path },
      },
      parent,
    );
    const requestId = options.requestId(req, res);
    let active = trace.setSpan(parent, span);
    if (requestId !== undefined) {
      REQUEST_IDS.set(req, requestId);
      active = active.setValue(REQUEST_ID, requestId);
    }
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
      if (res.statusCode >= 500 || !res.writableFinished)
        span.setStatus({ code: SpanStatusCode.ERROR, message: res.writableFinished ? undefined : 'aborted' });
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    // The body arrives on the socket's events: bound, their listeners run in this request's context.
    context.bind(active, req);
    context.bind(active, res);
    context.with(active, next);
  };
}
