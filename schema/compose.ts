/**
 * Composition of the subgraphs' SDL into the supergraph and the public API schema, with
 * `@apollo/composition`. Pure: reads the SDL files, returns text; `scripts/compose.ts` writes it.
 */
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, printSchema, lexicographicSortSchema } from 'graphql';
import { subgraphs, defaultUrl } from './subgraphs.js';
import { nonNullProtectedFields, readRequirements } from '../lib/auth/requirements.js';

export type ComposeResult =
  | { ok: true; supergraphSdl: string; apiSdl: string; hints: string[] }
  | { ok: false; errors: string[] };

/** Composes the subgraphs named in `schema/subgraphs.ts` from their SDL files. */
export function composeFromFiles(): ComposeResult {
  const services = subgraphs.map((s) => ({
    name: s.name,
    url: defaultUrl(s),
    typeDefs: parse(readFileSync(s.sdlPath, 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    return { ok: false, errors: result.errors.map((e) => e.message) };
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  // A field the gateway refuses is answered null: a protected field must be nullable.
  const nonNull = nonNullProtectedFields(apiSchema, readRequirements(parse(result.supergraphSdl)));
  if (nonNull.length > 0) {
    return { ok: false, errors: nonNull.map((field) => `${field} is protected (@authenticated or @requiresScopes) but non-null: make it nullable`) };
  }
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    apiSdl: printSchema(lexicographicSortSchema(apiSchema)) + '\n',
    hints: result.hints.map((h) => h.toString()),
  };
}
