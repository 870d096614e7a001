/**
 * The one way the gateway talks to a subgraph. It forwards the client's language and request id,
 * routes to the configured URL, fetches through the injected keep-alive fetcher, and runs the
 * plugins' hooks. Features that talk to subgraphs are hooks run here, never subclasses.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { PlainHeaders } from '../bufferedResponse.js';
import { distinctEntities, fanOutEntities } from '../fetchMerging/index.js';
import { REQUEST_ID_HEADER, type GatewayContext } from '../context.js';
import { restrictCachePolicy } from './cacheControl.js';
import type { SubgraphHooks } from './hooks.js';
import {
  sendTogether,
  TogetherOperations,
  type ProcessOptions,
  type Senders,
  type Waiting,
} from './together.js';

export interface SubgraphDataSourceOptions {
  /** Subgraph name as in the supergraph. */
  readonly name: string;
  /** Routing URL from the supergraph, used unless `urlOverrides` names this subgraph. */
  readonly url: string | undefined;
  /** Routing URLs by subgraph name that win over the supergraph's. @default {} */
  readonly urlOverrides?: Readonly<Record<string, string>>;
  /** The HTTP client (keep-alive, timeout); see `createSubgraphFetcher`. */
  readonly fetcher: Fetcher;
  /** @default [] */
  readonly hooks?: readonly SubgraphHooks[];
  /** Merge the query fetches of one client request that leave together into one operation (`together.ts`). @default false */
  readonly mergeFetches?: boolean;
}

const isQuery = (query: string | undefined) => query !== undefined && /^\s*(query\b|\{)/.test(query);

function gatewayContext(value: unknown): GatewayContext | undefined {
  const candidate = value as Partial<GatewayContext> | undefined;
  return typeof candidate?.requestId === 'string' ? (candidate as GatewayContext) : undefined;
}

/** One subgraph's data source: built by Apollo Gateway's `buildService` for each subgraph of the supergraph. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly subgraphName: string;
  private readonly hooks: readonly SubgraphHooks[];
  private readonly mergeFetches: boolean;
  /** The fetches of each client request gathered for the next merge, by Apollo's request context. */
  private readonly waiting = new WeakMap<object, Waiting[]>();
  /** The operations its fetches leaving together were merged or joined into, by their texts. */
  private readonly together = new TogetherOperations();
  /** How the fetches leaving together are sent, each or joined: through this data source. */
  private readonly senders: Senders = {
    send: (options) => this.send(options),
    sendDistinct: (options) => this.sendDistinct(options),
  };

  constructor(options: SubgraphDataSourceOptions) {
    super();
    const url = options.urlOverrides?.[options.name] ?? options.url;
    if (!url)
      throw new Error(`Subgraph "${options.name}" has no routing URL in the supergraph and no override`);
    this.subgraphName = options.name;
    this.url = url;
    this.hooks = options.hooks ?? [];
    this.mergeFetches = options.mergeFetches ?? false;
    // Subgraphs are not asked for persisted queries: one gateway fetch is one HTTP request.
    this.apq = false;
    const sent: Fetcher = (input, init) => {
      for (const hook of this.hooks) hook.onFetch?.({ subgraph: this.subgraphName });
      return options.fetcher(input, init);
    };
    this.fetcher = [...this.hooks]
      .reverse()
      .reduce<Fetcher>((next, hook) => hook.wrapFetch?.(next, this.subgraphName) ?? next, sent);
  }

  /**
   * Apollo's entry point for every fetch. A client request's query fetch waits for the end of the
   * current turn of the event loop, gathering the others of its plan level for this subgraph, and
   * goes with them as one operation; each goes with each of its entities once.
   */
  override process(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    if (!this.mergeFetches || !('incomingRequestContext' in options) || !isQuery(options.request.query))
      return this.sendDistinct(options);
    const key = options.incomingRequestContext;
    return new Promise((resolve, reject) => {
      const gathered = this.waiting.get(key);
      if (gathered) {
        gathered.push({ options, resolve, reject });
        return;
      }
      this.waiting.set(key, [{ options, resolve, reject }]);
      setImmediate(() => {
        const fetches = this.waiting.get(key) ?? [];
        this.waiting.delete(key);
        sendTogether(fetches, this.senders, this.together).catch((error: unknown) => {
          for (const fetch of fetches) fetch.reject(error);
        });
      });
    });
  }

  /** Sends one fetch with each of its entities once, and gives each place its entity back. */
  private async sendDistinct(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    const plan = distinctEntities(options.request.variables);
    if (!plan) return this.send(options);
    const answer = await this.send({
      ...options,
      request: { ...options.request, variables: plan.variables },
    });
    return fanOutEntities(answer, plan);
  }

  /**
   * Apollo's `process`, without what it builds and never uses here: node-fetch `Headers` for the
   * outgoing request and a node-fetch `Request` per fetch (for error hooks that ignore it). Same
   * contract: hooks may set headers, non-2xx statuses and non-object bodies are errors, and the
   * subgraph's `Cache-Control` restricts the client request's cache policy.
   */
  private async send(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    const headers = new PlainHeaders(request.http?.headers);
    headers.set('content-type', 'application/json');
    request.http = { method: 'POST', url: this.url, headers };
    await this.willSendRequest(options);
    if (!request.query) throw new Error('Missing query');
    const { http, ...body } = request;
    const init = {
      method: http.method,
      headers: Object.fromEntries(http.headers),
      body: JSON.stringify(body),
    };
    let response: FetcherResponse | undefined;
    let result: GatewayGraphQLResponse;
    try {
      response = await this.fetcher(http.url, init);
      if (!response.ok) throw await this.errorFromResponse(response);
      const parsed = await this.parseBody(response);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
      }
      result = { ...(parsed as GatewayGraphQLResponse), http: response };
    } catch (error) {
      this.fail(error as Error, response, gatewayContext(context));
    }
    if (this.honorSubgraphCacheControlHeader && 'incomingRequestContext' in options) {
      restrictCachePolicy(
        options.incomingRequestContext.overallCachePolicy,
        response.headers.get('cache-control'),
      );
    }
    const client =
      'incomingRequestContext' in options
        ? gatewayContext(options.incomingRequestContext.context)
        : undefined;
    if (client) {
      for (const hook of this.hooks)
        hook.onResponse?.({
          subgraph: this.subgraphName,
          query: request.query,
          response: result,
          context: client,
        });
    }
    return result;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const headers = options.request.http?.headers;
    const context =
      'incomingRequestContext' in options
        ? gatewayContext(options.incomingRequestContext.context)
        : undefined;
    if (!headers || !context) return;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.acceptLanguage) headers.set('accept-language', context.acceptLanguage);
    for (const hook of this.hooks) await hook.onRequest?.({ subgraph: this.subgraphName, headers, context });
  }

  /** Runs the plugins' `onFetchError` hooks and throws what they leave. */
  private fail(
    error: Error,
    fetchResponse: FetcherResponse | undefined,
    context: GatewayContext | undefined,
  ): never {
    let current = error;
    for (const hook of this.hooks) {
      current =
        hook.onFetchError?.({
          subgraph: this.subgraphName,
          error: current,
          status: fetchResponse?.status,
          context,
        }) ?? current;
    }
    throw current;
  }
}
