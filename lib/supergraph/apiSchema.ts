/**
 * The API schema as text: what clients may query, with its descriptions, as the gateway serves it
 * at `GET /schema.graphql`, the registry for each published version, and `npm run compose` in
 * `schema/api.graphql`. One printing for all three, so the same graph prints the same text.
 */
import { Supergraph } from '@apollo/federation-internals';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { prepareSupergraph } from './load.js';

/** SDL of an API schema, types and fields sorted (a stable text to diff), ending with a newline. */
export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

/**
 * The API schema of a supergraph, derived as Apollo Gateway derives the one it serves.
 * @throws when the supergraph does not build
 */
export function apiSchemaOfSupergraph(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(prepareSupergraph(supergraphSdl)).apiSchema().toGraphQLJSSchema();
}
