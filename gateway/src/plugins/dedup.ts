/**
 * Deduplication of identical in-flight subgraph fetches: while a query fetch is on its way, an
 * identical one (same subgraph URL, same body, same caller assertion and language) waits for the
 * same answer instead of sending a second request. Under load many clients ask the same thing at
 * the same moment; each subgraph then answers it once. Mutations are never shared, and nothing is
 * kept once the answer arrived (this is not a cache). The shared fetch carries the request id of
 * the client request that sent it first.
 */
import type { Fetcher, FetcherRequestInit } from '@apollo/utils.fetcher';
import { ASSERTION_HEADER } from '../../../lib/auth/assertion.js';
import {
  bufferAnswer,
  BufferedResponse,
  isQueryBody,
  requestHeader,
  type BufferedAnswer,
} from '../bufferedResponse.js';
import type { GatewayPlugin } from '../plugin.js';

/**
 * The request headers that make two fetches different answers: who asks, and in which language.
 * The assertion is named by the constant the auth plugin sets it with: a literal here would
 * silently stop telling callers apart the day the header is renamed.
 */
const VARYING_HEADERS = [ASSERTION_HEADER, 'accept-language', 'authorization'];

/** URL, varying headers and body, separated by NUL (which none of them contains unescaped); only queries are shared. */
function keyOf(url: string, init: FetcherRequestInit): string | undefined {
  if ((init.method ?? 'POST') !== 'POST' || typeof init.body !== 'string' || !isQueryBody(init.body))
    return undefined;
  let key = url;
  for (const name of VARYING_HEADERS) key += `\u0000${requestHeader(init.headers, name) ?? ''}`;
  return `${key}\u0000${init.body}`;
}

/** Wraps a fetcher so that identical in-flight query fetches share one request. */
export function dedupFetcher(next: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<BufferedAnswer>>();
  return async (url, init = {}) => {
    const key = keyOf(url, init);
    if (key === undefined) return next(url, init);
    let shared = inFlight.get(key);
    if (!shared) {
      shared = next(url, init).then((response) => bufferAnswer(url, response));
      inFlight.set(key, shared);
      // Forget it as soon as it settles: a later identical fetch asks the subgraph again.
      const forget = () => inFlight.delete(key);
      shared.then(forget, forget);
    }
    // Each waiter reads its own copy: Apollo Gateway parses and then mutates what it reads.
    return new BufferedResponse(await shared);
  };
}

export interface DedupPluginOptions {
  /** `GATEWAY_DEDUP`: share identical in-flight query fetches. */
  readonly enabled: boolean;
}

export function dedupPlugin(options: DedupPluginOptions): GatewayPlugin {
  return options.enabled ? { name: 'dedup', subgraph: { wrapFetch: dedupFetcher } } : { name: 'dedup' };
}
