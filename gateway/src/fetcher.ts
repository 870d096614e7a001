/**
 * The HTTP client the gateway uses to reach subgraphs: undici's `request()` over a keep-alive
 * connection pool, each fetch bounded by a timeout, the answer read in full into a
 * `BufferedResponse`. (undici's `fetch()` builds WHATWG streams, headers and abort signals for
 * every request: on a fast subgraph that costs more than the rest of the fetch.) Created by
 * `main.ts` (and by tests) and passed in.
 */
import { Agent, request } from 'undici';
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import { BufferedResponse, PlainHeaders, statusText } from './bufferedResponse.js';

export interface SubgraphFetcherOptions {
  /** A fetch that takes longer (answer and body) is aborted with a `TimeoutError`. */
  readonly timeoutMs: number;
  /** How long an idle connection is kept open (the server's `Keep-Alive` hint wins when shorter). @default 4000 */
  readonly keepAliveTimeoutMs?: number;
  /** Most connections per subgraph origin. @default 64 */
  readonly connectionsPerOrigin?: number;
}

export interface SubgraphFetcher {
  /** Apollo's `Fetcher` contract, as `RemoteGraphQLDataSource` expects it. */
  readonly fetch: Fetcher;
  /** Closes the pooled connections; fetches after this fail. */
  dispose(): Promise<void>;
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
  const subgraphFetch: Fetcher = async (url: string, init: FetcherRequestInit = {}) => {
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
          new DOMException(`The subgraph did not answer within ${options.timeoutMs} ms`, 'TimeoutError'),
        ),
      options.timeoutMs,
    );
    try {
      const answer = await request(url, {
        method: methodOf(init),
        headers: init.headers,
        body: init.body,
        signal: controller.signal,
        dispatcher: agent,
      });
      const body = await answer.body.text();
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
