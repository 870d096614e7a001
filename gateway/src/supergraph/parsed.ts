/**
 * The supergraph's SDL parsed once per version for every plugin that reads its directives
 * (authorization's requirements, demand control's costs, the executor's types), and parsed before the swap: Apollo
 * swaps synchronously, requests waiting, and each plugin parsing the same 80 KB again there made
 * the wait longer. `createGateway` parses each prepared supergraph as the provider gets it ready;
 * the plugins then find it here when Apollo hands them the same text.
 */
import { buildASTSchema, parse, type DocumentNode, type GraphQLSchema } from 'graphql';

let last: { readonly sdl: string; readonly document: DocumentNode } | undefined;

/** `sdl` parsed: the last document when it is the last text (one entry: the supergraph being served or about to be). */
export function parsedSupergraph(sdl: string): DocumentNode {
  if (last?.sdl !== sdl) last = { sdl, document: parse(sdl) };
  return last.document;
}

let lastTypes: { readonly sdl: string; readonly schema: GraphQLSchema } | undefined;

/**
 * The supergraph's types as graphql-js sees them (the executor's type conditions on entities,
 * which may be inaccessible to clients), built from `parsedSupergraph`, once per version, before
 * the swap like the parse.
 */
export function supergraphTypes(sdl: string): GraphQLSchema {
  if (lastTypes?.sdl !== sdl)
    lastTypes = {
      sdl,
      schema: buildASTSchema(parsedSupergraph(sdl), { assumeValid: true, assumeValidSDL: true }),
    };
  return lastTypes.schema;
}
