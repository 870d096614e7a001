/**
 * The one way the gateway talks to a subgraph. It forwards the client's language and request id,
 * routes to the configured URL, fetches through the injected keep-alive fetcher, and runs the
 * plugins' hooks. Features that talk to subgraphs are hooks run here, never subclasses.
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { parse } from 'graphql';
import { PlainHeaders } from './bufferedResponse.js';
import {
  combineEntityFetches,
  distinctEntities,
  fanOutEntities,
  mergeFetches,
  mergeVariables,
  pickEntities,
  unionOfEntityFetches,
  splitAnswer,
  type CombinedFetch,
  type MergedFetches,
} from './fetchMerging/index.js';
import { REQUEST_ID_HEADER, type GatewayContext } from './context.js';

export interface SubgraphFetchEvent {
  /** Subgraph name as in the supergraph (e.g. `pilot-actions`). */
  readonly subgraph: string;
}

export interface SubgraphErrorEvent extends SubgraphFetchEvent {
  /** The failure so far: the original one, or what an earlier hook replaced it with. */
  readonly error: Error;
  /** HTTP status when the subgraph answered, `undefined` when it did not (refused, timed out...). */
  readonly status: number | undefined;
  /** The request's context; `undefined` for the gateway's own requests (health checks). */
  readonly context: GatewayContext | undefined;
}

/** The headers of a request about to be sent to a subgraph. */
export type SubgraphRequestHeaders = NonNullable<
  GraphQLDataSourceProcessOptions<GatewayContext>['request']['http']
>['headers'];

export interface SubgraphRequestEvent extends SubgraphFetchEvent {
  /** The outgoing request's headers; a hook may set some. */
  readonly headers: SubgraphRequestHeaders;
  /** The context of the client request this fetch serves. */
  readonly context: GatewayContext;
}

export interface SubgraphResponseEvent extends SubgraphFetchEvent {
  /** The operation the gateway sent the subgraph (not the client's: one step of its query plan). */
  readonly query: string;
  /** What the subgraph answered (a 2xx with a JSON object): its `data` and `errors`. */
  readonly response: GatewayGraphQLResponse;
  /** The context of the client request this fetch serves. */
  readonly context: GatewayContext;
}

/** What a plugin may do around subgraph fetches. Hooks run in plugin order. */
export interface SubgraphHooks {
  /** Runs before a request serving a client request is sent (not for the gateway's own requests). */
  onRequest?(event: SubgraphRequestEvent): void | Promise<void>;
  /** Runs before every HTTP request to a subgraph. */
  onFetch?(event: SubgraphFetchEvent): void;
  /**
   * Runs when a fetch fails: no answer, a timeout, a non-2xx status or an unreadable body.
   * Returning an error replaces the one that is thrown (and that the gateway reports).
   */
  onFetchError?(event: SubgraphErrorEvent): Error | void;
  /**
   * Runs when a subgraph answered a request serving a client request (not the gateway's own
   * requests), before the gateway goes on with its query plan. Fetches that fail run `onFetchError`.
   */
  onResponse?(event: SubgraphResponseEvent): void;
  /**
   * Wraps the subgraph's HTTP fetch (deduplication...). Wrappers apply in plugin order, the first
   * outermost; `onFetch` runs innermost, once per HTTP request actually sent.
   */
  wrapFetch?(next: Fetcher, subgraph: string): Fetcher;
}

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
  /** Merge the query fetches of one client request that leave together into one operation (`fetchMerging/`). @default false */
  readonly mergeFetches?: boolean;
}

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

/** A fetch waiting for the others of its plan level. */
interface Waiting {
  readonly options: ProcessOptions;
  readonly resolve: (answer: GatewayGraphQLResponse) => void;
  readonly reject: (error: unknown) => void;
}

/** Most merged operations kept, by the fetches' texts; a plan cache's worth of levels. */
const MAX_MERGED = 2000;

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
  /** Merged operations by the fetches' query texts (`undefined`: those cannot be merged). */
  private readonly merged = new Map<string, MergedFetches | undefined>();
  /** Joined entity fetches by the fetches' query texts (`undefined`: those cannot be joined). */
  private readonly unions = new Map<string, string | undefined>();

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
        this.sendTogether(fetches).catch((error: unknown) => {
          for (const fetch of fetches) fetch.reject(error);
        });
      });
    });
  }

  /**
   * Sends fetches gathered together: entity fetches of one shape joined, then everything as one
   * operation when it can merge, each request alone otherwise.
   */
  private async sendTogether(fetches: readonly Waiting[]): Promise<void> {
    const alone = () =>
      Promise.all(fetches.map((fetch) => this.sendDistinct(fetch.options).then(fetch.resolve, fetch.reject)));
    const combined = combineEntityFetches(
      fetches.map((fetch) => fetch.options.request),
      (queries) => this.unionOperation(queries),
    );
    const first = fetches[0]!.options;
    let answers: GatewayGraphQLResponse[];
    // Joined entity fetches carry each entity once already.
    const distinct = (c: CombinedFetch) =>
      c.members.length > 1 ? undefined : distinctEntities(c.request.variables);
    if (combined.length === 1) {
      const only = { ...first, request: combined[0]!.request };
      answers = [await (combined[0]!.members.length > 1 ? this.send(only) : this.sendDistinct(only))];
    } else {
      const merged = this.mergedOperation(combined.map((c) => c.request.query ?? ''));
      if (!merged) return void (await alone());
      const plans = combined.map(distinct);
      const answer = await this.send({
        ...first,
        request: {
          query: merged.query,
          operationName: merged.operationName,
          variables: mergeVariables(combined.map((c, i) => plans[i]?.variables ?? c.request.variables)),
          ...(first.request.http ? { http: first.request.http } : {}),
        },
      });
      // No data at all (a failure of the whole operation): each fetch alone, so that one
      // fetch's failure is not the others'.
      if ((answer.data === null || answer.data === undefined) && answer.errors?.length)
        return void (await alone());
      answers = splitAnswer(answer, merged, combined.length).map((part, i) => {
        const plan = plans[i];
        return plan ? fanOutEntities(part, plan) : part;
      });
    }
    await Promise.all(
      combined.map(async (c, i) => {
        const answer = answers[i]!;
        // Fetches of different selections whose joined answer has errors: each asks on its own,
        // so that each gets the errors (and nulls) of its own fields only.
        if (c.union && answer.errors?.length) {
          await Promise.all(
            c.members.map(({ index }) =>
              this.sendDistinct(fetches[index]!.options).then(
                fetches[index]!.resolve,
                fetches[index]!.reject,
              ),
            ),
          );
          return;
        }
        for (const member of c.members)
          fetches[member.index]!.resolve(member.positions ? pickEntities(answer, member.positions) : answer);
      }),
    );
  }

  /** The merged operation for these fetches, built once per combination of their texts. */
  private mergedOperation(queries: readonly string[]): MergedFetches | undefined {
    const key = queries.join('\u0000');
    if (this.merged.has(key)) return this.merged.get(key);
    let merged: MergedFetches | undefined;
    try {
      merged = mergeFetches(queries.map((query) => parse(query)));
    } catch {
      merged = undefined;
    }
    if (this.merged.size >= MAX_MERGED) this.merged.clear();
    this.merged.set(key, merged);
    return merged;
  }

  /** The entity fetch doing the work of these plain entity fetches, built once per combination of their texts. */
  private unionOperation(queries: readonly string[]): string | undefined {
    const key = `union\u0000${queries.join('\u0000')}`;
    if (this.unions.has(key)) return this.unions.get(key);
    let union: string | undefined;
    try {
      union = unionOfEntityFetches(queries.map((query) => parse(query)));
    } catch {
      union = undefined;
    }
    if (this.unions.size >= MAX_MERGED) this.unions.clear();
    this.unions.set(key, union);
    return union;
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

/** The part of Apollo Server's cache policy a subgraph answer may restrict. */
interface RestrictablePolicy {
  restrict(hint: CacheHint): void;
}

/** A subgraph's `Cache-Control`, as Apollo reads it: `max-age=N` (none: 0, not cacheable), `private` / `public`. */
export interface CacheHint {
  readonly maxAge: number;
  readonly scope?: 'PUBLIC' | 'PRIVATE';
}

export function parseCacheControl(header: string | null): CacheHint {
  let maxAge = 0;
  let scope: CacheHint['scope'];
  for (const directive of (header ?? '').split(',')) {
    const [name = '', value] = directive.trim().toLowerCase().split('=', 2);
    if (name === 'max-age' && value !== undefined && /^[0-9]+$/.test(value)) maxAge = Number(value);
    else if (name === 'private') scope = 'PRIVATE';
    else if (name === 'public') scope = 'PUBLIC';
  }
  return scope ? { maxAge, scope } : { maxAge };
}

/** What Apollo's data source does with a subgraph's `Cache-Control`: the request's policy keeps the lowest. */
export function restrictCachePolicy(policy: unknown, header: string | null): void {
  if (typeof (policy as Partial<RestrictablePolicy> | undefined)?.restrict !== 'function') return;
  (policy as RestrictablePolicy).restrict(parseCacheControl(header));
}
