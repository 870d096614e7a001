/**
 * A typed request function for the graph, on graphql-request. A registered operation is sent by
 * its sha256 hash (the `extensions.persistedQuery` shape of automatic persisted queries, no text):
 * a gateway with trusted documents on runs only the operations it has by hash, and a hash is a
 * fraction of the text. When the gateway does not know the hash it answers
 * `PERSISTED_QUERY_NOT_FOUND`, and the operation is sent again with its text, which a gateway runs
 * if it allows that text (registered, or any valid one with trusted documents off).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { ClientError, GraphQLClient, type RequestMiddleware } from 'graphql-request';
import { toIntegraError, type IntegraError, type IntegraResult } from './errors.js';

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  readonly url: string;
  /**
   * The bearer token, or a function giving the current one before each request (to renew it).
   * @default none: the request is anonymous
   */
  readonly token?: string | (() => string | undefined | Promise<string | undefined>);
  /** `Accept-Language`: the language localized texts are answered in, e.g. `en`. @default none: Italian */
  readonly language?: string;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /**
   * `hash-first`: the hash, then the text if the gateway does not know the hash; `text`: the text
   * only, for a gateway that keeps no persisted queries. @default 'hash-first'
   */
  readonly send?: 'hash-first' | 'text';
}

export interface RequestOptions {
  /** Aborts the request: `request` then rejects with the abort's reason. */
  readonly signal?: AbortSignal;
}

/** The variables argument: optional when the operation has no required variable. */
export type VariablesArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

export interface IntegraClient {
  /** Sends one operation; resolves with its data or its typed errors, never rejects for a GraphQL error. */
  request<TData, TVariables extends object>(
    document: TypedDocumentNode<TData, TVariables>,
    ...args: VariablesArgs<TVariables>
  ): Promise<IntegraResult<TData>>;
}

/** The sha256 (hex) of a text, as the gateway's manifest keys it. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The codes that mean "send the text": the hash is unknown, or the gateway keeps no hashes. */
const SEND_TEXT: ReadonlySet<string> = new Set([
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

type Attempt = 'hash' | 'text-with-hash' | 'text';

/**
 * Rewrites graphql-request's body (`query`, `variables`, `operationName`) for one attempt, and adds
 * the headers: the hash alone, the text with its hash (so a gateway with automatic persisted queries
 * keeps it), or the text alone.
 */
function middleware(options: ClientOptions, attempt: Attempt): RequestMiddleware {
  return async (request) => {
    const headers = new Headers(request.headers);
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (options.language) headers.set('accept-language', options.language);
    if (attempt === 'text' || typeof request.body !== 'string') return { ...request, headers };
    const { query, ...rest } = JSON.parse(request.body) as { query: string } & Record<string, unknown>;
    const persistedQuery = { version: 1, sha256Hash: await sha256Hex(query) };
    const body = attempt === 'hash' ? rest : { query, ...rest };
    return { ...request, headers, body: JSON.stringify({ ...body, extensions: { persistedQuery } }) };
  };
}

interface Answer<TData> {
  readonly data: TData | null;
  readonly errors: readonly GraphQLFormattedError[];
}

function networkError(message: string, status?: number): IntegraError {
  return { code: 'NETWORK_ERROR', message, status };
}

/** A client for one gateway, with one identity and language. */
export function createClient(options: ClientOptions): IntegraClient {
  const clients = new Map<Attempt, GraphQLClient>(
    (['hash', 'text-with-hash', 'text'] as const).map((attempt) => [
      attempt,
      new GraphQLClient(options.url, {
        fetch: options.fetch,
        // Errors come back with the data (partial answers), not as exceptions.
        errorPolicy: 'all',
        requestMiddleware: middleware(options, attempt),
      }),
    ]),
  );
  // The text of each document, printed once: what the manifest holds and the hash is taken of.
  const texts = new WeakMap<DocumentNode, string>();

  async function send<TData>(
    attempt: Attempt,
    text: string,
    variables: object | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Answer<TData> | IntegraError> {
    try {
      const response = await clients.get(attempt)!.rawRequest<TData>({
        query: text,
        variables,
        signal,
      });
      return { data: response.data ?? null, errors: response.errors ?? [] };
    } catch (error) {
      if (signal?.aborted) throw error;
      // An HTTP error status: the gateway's refusals (400, 413) still carry GraphQL errors.
      if (error instanceof ClientError) {
        const { errors, data, status } = error.response;
        if (errors?.length) return { data: (data as TData | undefined) ?? null, errors };
        return networkError(`The gateway answered HTTP ${status} without a GraphQL answer`, status);
      }
      return networkError(error instanceof Error ? error.message : String(error));
    }
  }

  return {
    async request<TData, TVariables extends object>(
      document: TypedDocumentNode<TData, TVariables>,
      ...[variables, requestOptions]: VariablesArgs<TVariables>
    ): Promise<IntegraResult<TData>> {
      let text = texts.get(document);
      if (text === undefined) texts.set(document, (text = print(document)));
      const signal = requestOptions?.signal;
      let answer = await send<TData>(options.send === 'text' ? 'text' : 'hash', text, variables, signal);
      const firstCode = 'errors' in answer ? answer.errors[0]?.extensions?.['code'] : undefined;
      if (typeof firstCode === 'string' && SEND_TEXT.has(firstCode)) {
        const attempt = firstCode === 'PERSISTED_QUERY_NOT_FOUND' ? 'text-with-hash' : 'text';
        answer = await send<TData>(attempt, text, variables, signal);
      }
      if (!('errors' in answer)) return { ok: false, error: answer, errors: [answer], data: null };
      if (answer.errors.length === 0 && answer.data !== null) return { ok: true, data: answer.data };
      const errors = answer.errors.map(toIntegraError);
      const error = errors[0] ?? networkError('The gateway answered neither data nor errors');
      return { ok: false, error, errors, data: answer.data };
    },
  };
}
