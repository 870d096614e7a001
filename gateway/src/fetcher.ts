/**
 * The HTTP client the gateway uses to reach subgraphs: undici's `request()` over a keep-alive
 * connection pool, each fetch bounded by a timeout, the answer read in full into a
 * `BufferedResponse`. (undici's `fetch()` builds WHATWG streams, headers and abort signals for
 * every request: on a fast subgraph that costs more than the rest of the fetch.) Created by
 * `main.ts` (and by tests) and passed in.
 */
import { Agent, request, type Dispatcher } from 'undici';
import type { FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { BufferedResponse, PlainHeaders, statusText } from './bufferedResponse.js';
import { ResponseTooLargeError } from './subgraphErrors.js';

export interface SubgraphFetcherOptions {
  /** A fetch that takes longer (answer and body) is aborted with a `TimeoutError`, unless it says its own. */
  readonly timeoutMs: number;
  /** The largest answer read, unless a fetch says its own. @default 16 MiB */
  readonly maxResponseBytes?: number;
  /** How long an idle connection is kept open (the server's `Keep-Alive` hint wins when shorter). @default 4000 */
  readonly keepAliveTimeoutMs?: number;
  /** Most connections per subgraph origin. @default 64 */
  readonly connectionsPerOrigin?: number;
}

export interface SubgraphFetcher {
  /** Apollo's `Fetcher` contract, as `RemoteGraphQLDataSource` expects it, with a fetch's own limits. */
  readonly fetch: (url: string, init?: SubgraphFetchInit) => Promise<FetcherResponse>;
  /** Closes the pooled connections; fetches after this fail. */
  dispose(): Promise<void>;
}

/** A fetch's options, with the limits its subgraph's traffic policy gives it. */
export interface SubgraphFetchInit extends FetcherRequestInit {
  readonly timeoutMs?: number;
  readonly maxResponseBytes?: number;
}

/**
 * Drops an unread body and its connection. undici's body emits an `AbortError` when destroyed
 * before its end; nobody is reading it, so that error is expected and must not go uncaught.
 */
function dropBody(body: Dispatcher.ResponseData['body']): void {
  body.once('error', () => undefined);
  body.destroy();
}

/** The body of `answer` as text, refused (and the connection dropped) past `maxBytes`. */
async function readCapped(answer: Dispatcher.ResponseData, maxBytes: number): Promise<string> {
  const declared = Number(answer.headers['content-length']);
  if (declared > maxBytes) {
    dropBody(answer.body);
    throw new ResponseTooLargeError(maxBytes);
  }
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of answer.body) {
    length += (chunk as Buffer).length;
    if (length > maxBytes) {
      dropBody(answer.body);
      throw new ResponseTooLargeError(maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, length).toString('utf8');
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const);
type Method = typeof METHODS extends Set<infer M> ? M : never;

function methodOf(init: FetcherRequestInit): Method {
  const method = (init.method ?? 'POST').toUpperCase();
  if (!METHODS.has(method as Method)) throw new TypeError(`Unsupported HTTP method "${init.method}"`);
  return method as Method;
}

/** A keep-alive undici client whose every request is bounded by `timeoutMs`. */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const agent = new Agent({
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 4000,
    connections: options.connectionsPerOrigin ?? 64,
  });
  let disposed = false;
  const defaultMaxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
  const subgraphFetch = async (url: string, init: SubgraphFetchInit = {}): Promise<FetcherResponse> => {
    const timeoutMs = init.timeoutMs ?? options.timeoutMs;
    const controller = new AbortController();
    const callerSignal: unknown = init.signal;
    const onCallerAbort = () => controller.abort((callerSignal as AbortSignal).reason);
    if (callerSignal instanceof AbortSignal) {
      if (callerSignal.aborted) onCallerAbort();
      else callerSignal.addEventListener('abort', onCallerAbort, { once: true });
    }
    // One timer per fetch, cleared as soon as the body is read (AbortSignal.timeout keeps its
    // timer and signal alive until it fires, and costs several times more per request).
    const timer = setTimeout(
      () =>
        controller.abort(
          new DOMException(`The subgraph did not answer within ${timeoutMs} ms`, 'TimeoutError'),
        ),
      timeoutMs,
    );
    try {
      const answer = await request(url, {
        method: methodOf(init),
        headers: init.headers,
        body: init.body,
        signal: controller.signal,
        dispatcher: agent,
      });
      const body = await readCapped(answer, init.maxResponseBytes ?? defaultMaxBytes);
      return new BufferedResponse({
        url,
        status: answer.statusCode,
        statusText: statusText(answer.statusCode),
        headers: PlainHeaders.fromRecord(answer.headers),
        body,
      });
    } finally {
      clearTimeout(timer);
      if (callerSignal instanceof AbortSignal) callerSignal.removeEventListener('abort', onCallerAbort);
    }
  };
  return {
    fetch: subgraphFetch,
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await agent.close();
    },
  };
}
