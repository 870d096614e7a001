/**
 * The HTTP client the gateway uses to reach subgraphs: undici with a keep-alive connection pool
 * and a per-fetch timeout. Created by `main.ts` (and by tests) and passed in.
 */
import { Agent, fetch } from 'undici';
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';

export interface SubgraphFetcherOptions {
  /** A fetch that takes longer is aborted with a `TimeoutError`. */
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

/** A keep-alive undici fetcher whose every request is bounded by `timeoutMs`. */
export function createSubgraphFetcher(options: SubgraphFetcherOptions): SubgraphFetcher {
  const agent = new Agent({
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 4000,
    connections: options.connectionsPerOrigin ?? 64,
  });
  let disposed = false;
  const subgraphFetch: Fetcher = async (url: string, init: FetcherRequestInit = {}) => {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const callerSignal: unknown = init.signal;
    const signal = callerSignal instanceof AbortSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
    return fetch(url, {
      method: init.method ?? 'POST',
      headers: init.headers,
      body: init.body,
      signal,
      dispatcher: agent,
    });
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
