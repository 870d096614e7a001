/**
 * One hook for every page's data: one registered operation, one request to the gateway, cached
 * by TanStack Query for the session (in memory only). A partner that could not answer does not
 * blank the page: the data the others gave comes back with the names of the missing partners. A
 * field the caller may not read comes back null with the reason, beside the rest of the answer.
 */
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind } from 'graphql';
import type { IntegraError, VariablesArgs } from '../../../clients/src/index.js';
import { useLanguage } from '../components/language.js';
import { clientFor, forgetClients, type Session } from './client.js';

export interface GraphAnswer<TData> {
  readonly data: TData;
  /** The subgraphs that could not answer: the fields they hold are null in `data`. */
  readonly missing: readonly string[];
  /** Why some fields were withheld (anonymous, or a scope missing); null when none was. */
  readonly refused: 'UNAUTHENTICATED' | 'FORBIDDEN' | null;
}

/** An answer with no data at all, or an error other than a partner unavailable or a field withheld. */
export class GraphFailure extends Error {
  constructor(readonly error: IntegraError) {
    super(error.message);
    this.name = 'GraphFailure';
  }
}

/** Errors that leave the rest of an answer standing. */
const PARTIAL: ReadonlySet<string> = new Set(['SUBGRAPH_UNAVAILABLE', 'UNAUTHENTICATED', 'FORBIDDEN']);

function operationName(document: TypedDocumentNode<unknown, unknown>): string {
  const definition = document.definitions[0];
  return definition?.kind === Kind.OPERATION_DEFINITION ? (definition.name?.value ?? '') : '';
}

/** Runs `document` with `variables` in the page's language, as `session` when given (anonymous otherwise). */
export function useGraph<TData, TVariables extends object>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { readonly enabled?: boolean; readonly session?: Session | null } = {},
): UseQueryResult<GraphAnswer<TData>, GraphFailure> {
  const language = useLanguage();
  const session = options.session ?? null;
  return useQuery({
    // The sign-in's number, never its token, tells its answers apart.
    queryKey: [operationName(document as TypedDocumentNode<unknown, unknown>), language, session?.id ?? null, variables],
    enabled: options.enabled ?? true,
    queryFn: async ({ signal }): Promise<GraphAnswer<TData>> => {
      const args = [variables, { signal }] as unknown as VariablesArgs<TVariables>;
      const result = await clientFor(language, session).request(document, ...args);
      if (result.ok) return { data: result.data, missing: [], refused: null };
      if (result.data === null || !result.errors.every((e) => PARTIAL.has(e.code))) throw new GraphFailure(result.error);
      const missing = result.errors.flatMap((e) => (e.code === 'SUBGRAPH_UNAVAILABLE' ? [e.serviceName] : []));
      const codes = new Set(result.errors.map((e) => e.code));
      const refused = codes.has('UNAUTHENTICATED') ? 'UNAUTHENTICATED' : codes.has('FORBIDDEN') ? 'FORBIDDEN' : null;
      return { data: result.data, missing: [...new Set(missing)], refused };
    },
    retry: 1,
    // Keep the previous answer on screen while the next loads, but never another sign-in's.
    placeholderData: (previous, query) => (query?.queryKey[2] === (session?.id ?? null) ? previous : undefined),
  });
}

/** Signing out: forgets the sign-in's clients (which hold its token) and every answer it obtained. */
export function useSignOut(): (session: Session) => void {
  const queries = useQueryClient();
  return (session) => {
    forgetClients(session);
    queries.removeQueries({ predicate: (query) => query.queryKey[2] === session.id });
  };
}
