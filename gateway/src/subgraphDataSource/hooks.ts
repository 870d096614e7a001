/**
 * What a plugin may do around subgraph fetches (`SubgraphHooks`), and what each hook is told.
 * The data source runs them; plugins declare them (`plugin.ts`).
 */
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { GatewayContext } from '../context.js';

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
