/**
 * One hook for every page's data: one registered operation, one request to the gateway, cached
 * by TanStack Query for the session (in memory only). A partner that could not answer does not
 * blank the page: the data the others gave comes back with the names of the missing partners.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind } from 'graphql';
import type { IntegraError, VariablesArgs } from '../../../clients/src/index.js';
import { useLanguage } from '../components/language.js';
import { clientFor } from './client.js';

export interface GraphAnswer<TData> {
  readonly data: TData;
  /** The subgraphs that could not answer: the fields they hold are null in `data`. */
  readonly missing: readonly string[];
}

/** An answer with no data at all, or an error other than a partner being unavailable. */
export class GraphFailure extends Error {
  constructor(readonly error: IntegraError) {
    super(error.message);
    this.name = 'GraphFailure';
  }
}

function operationName(document: TypedDocumentNode<unknown, unknown>): string {
  const definition = document.definitions[0];
  return definition?.kind === Kind.OPERATION_DEFINITION ? (definition.name?.value ?? '') : '';
}

/** Runs `document` with `variables` in the page's language. */
export function useGraph<TData, TVariables extends object>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { readonly enabled?: boolean } = {},
): UseQueryResult<GraphAnswer<TData>, GraphFailure> {
  const language = useLanguage();
  return useQuery({
    queryKey: [operationName(document as TypedDocumentNode<unknown, unknown>), language, variables],
    enabled: options.enabled ?? true,
    queryFn: async ({ signal }) => {
      const client = clientFor(language);
      const args = [variables, { signal }] as unknown as VariablesArgs<TVariables>;
      const result = await client.request(document, ...args);
      if (result.ok) return { data: result.data, missing: [] };
      const unavailable = result.errors.filter((e) => e.code === 'SUBGRAPH_UNAVAILABLE');
      if (result.data !== null && unavailable.length === result.errors.length) {
        const missing = [...new Set(unavailable.map((e) => (e.code === 'SUBGRAPH_UNAVAILABLE' ? e.serviceName : '')))];
        return { data: result.data, missing };
      }
      throw new GraphFailure(result.error);
    },
    retry: 1,
    placeholderData: (previous) => previous,
  });
}
