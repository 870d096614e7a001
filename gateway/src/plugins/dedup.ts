/**
 * Deduplication of identical in-flight subgraph fetches: while a query fetch is on its way, an
 * identical one (same subgraph URL, same body, same caller assertion and language) waits for the
 * same answer instead of sending a second request. Under load many clients ask the same thing at
 * the same moment; each subgraph then answers it once. Mutations are never shared, and nothing is
 * kept once the answer arrived (this is not a cache). The shared fetch carries the request id of
 * the client request that sent it first.
 */
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import type { GatewayPlugin } from '../plugin.js';

/** The request headers that make two fetches different answers: who asks, and in which language. */
const VARYING_HEADERS = ['x-integra-gateway-assertion', 'accept-language', 'authorization'];

interface Buffered {
  readonly status: number;
  readonly statusText: string;
  readonly headers: [string, string][];
  readonly body: string;
}

/** A query (not a mutation or subscription): the only fetches that may be shared. */
function isQuery(body: string): boolean {
  const match = /"query"\s*:\s*"\s*(\w+)?/.exec(body);
  const keyword = match?.[1];
  return keyword === undefined || keyword === 'query';
}

function keyOf(url: string, init: FetcherRequestInit): string | undefined {
  if ((init.method ?? 'POST') !== 'POST' || typeof init.body !== 'string' || !isQuery(init.body)) return undefined;
  const headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  return JSON.stringify([url, VARYING_HEADERS.map((name) => headers[name] ?? null), init.body]);
}

const toResponse = (buffered: Buffered): FetcherResponse =>
  new Response(buffered.body, { status: buffered.status, statusText: buffered.statusText, headers: buffered.headers }) as unknown as FetcherResponse;

/** Wraps a fetcher so that identical in-flight query fetches share one request. */
export function dedupFetcher(next: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<Buffered>>();
  return async (url, init = {}) => {
    const key = keyOf(url, init);
    if (key === undefined) return next(url, init);
    let shared = inFlight.get(key);
    if (!shared) {
      shared = (async () => {
        const response = await next(url, init);
        return { status: response.status, statusText: response.statusText, headers: [...response.headers], body: await response.text() };
      })();
      inFlight.set(key, shared);
      // Forget it as soon as it settles: a later identical fetch asks the subgraph again.
      void shared.then(
        () => inFlight.delete(key),
        () => inFlight.delete(key),
      );
    }
    return toResponse(await shared);
  };
}

export interface DedupPluginOptions {
  /** `GATEWAY_DEDUP`: share identical in-flight query fetches. */
  readonly enabled: boolean;
}

export function dedupPlugin(options: DedupPluginOptions): GatewayPlugin {
  return options.enabled ? { name: 'dedup', subgraph: { wrapFetch: dedupFetcher } } : { name: 'dedup' };
}
