/**
 * The one composition of the graph, with `@apollo/composition`: `npm run compose` composes the
 * committed SDL files with it (`schema/compose.ts`), and the registry composes each candidate with
 * every other subgraph's current SDL (check 1). A graph whose protected fields are non-null is
 * refused too: the gateway answers a refused field with null.
 */
import { composeServices } from '@apollo/composition';
import {
  GraphQLError,
  Kind,
  Source,
  getLocation,
  parse,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { nonNullProtectedFields, readRequirements } from '../auth/requirements.js';

/** A line and column (1-based) in the candidate's SDL. */
export interface SdlLocation {
  readonly line: number;
  readonly column: number;
}

/** The subgraphs do not compose (or yield a graph the gateway refuses). */
export interface CompositionIssue {
  readonly kind: 'composition';
  readonly message: string;
  /** Where in the candidate's SDL, when composition names a place there. */
  readonly locations: readonly SdlLocation[];
}

/** One subgraph as composition sees it. */
export interface SubgraphSdl {
  readonly name: string;
  readonly url: string;
  readonly sdl: string;
}

/** A supergraph and its public API schema (with composition's hints), or why there is none. */
export type Composition =
  | {
      readonly ok: true;
      readonly supergraphSdl: string;
      readonly apiSchema: GraphQLSchema;
      readonly hints: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly CompositionIssue[] };

/** The error's places in the candidate's SDL (the Source is named after the subgraph); others are left out. */
function locationsIn(error: GraphQLError, candidate: string): SdlLocation[] {
  const fromNodes = (error.nodes ?? []).flatMap((node) => {
    const source = node.loc?.source;
    if (!node.loc || !source || source.name !== candidate) return [];
    const { line, column } = getLocation(source, node.loc.start);
    return [{ line, column }];
  });
  if (fromNodes.length > 0) return fromNodes;
  if (error.source?.name !== candidate) return [];
  return (error.locations ?? []).map(({ line, column }) => ({ line, column }));
}

function issue(error: unknown, candidate: string): CompositionIssue {
  if (error instanceof GraphQLError)
    return { kind: 'composition', message: error.message, locations: locationsIn(error, candidate) };
  return {
    kind: 'composition',
    message: error instanceof Error ? error.message : String(error),
    locations: [],
  };
}

/** Where `Type.field` is defined in the candidate's document, when it is defined there. */
function fieldLocations(document: DocumentNode, coordinate: string): SdlLocation[] {
  const [typeName, fieldName] = coordinate.split('.');
  return document.definitions.flatMap((definition) => {
    if (
      !('fields' in definition) ||
      !definition.fields ||
      !('name' in definition) ||
      definition.name?.value !== typeName
    )
      return [];
    return definition.fields.flatMap((field) => {
      if (field.kind !== Kind.FIELD_DEFINITION || field.name.value !== fieldName || !field.loc) return [];
      const { line, column } = getLocation(field.loc.source, field.loc.start);
      return [{ line, column }];
    });
  });
}

/**
 * Composes `subgraphs`; `candidate` names the one under check (its errors' locations are reported).
 * Never throws for a bad SDL: a syntax error is a composition issue like any other.
 */
export function composeSubgraphs(subgraphs: readonly SubgraphSdl[], candidate?: string): Composition {
  const services: { name: string; url: string; typeDefs: DocumentNode }[] = [];
  for (const subgraph of subgraphs) {
    try {
      // The Source's name is how an error's node says which subgraph it points into.
      services.push({
        name: subgraph.name,
        url: subgraph.url,
        typeDefs: parse(new Source(subgraph.sdl, subgraph.name)),
      });
    } catch (error) {
      const { message, locations } = issue(error, candidate ?? subgraph.name);
      // graphql's syntax errors do not say which subgraph; composition's messages do, so say it too.
      return {
        ok: false,
        errors: [{ kind: 'composition', message: `[${subgraph.name}] ${message}`, locations }],
      };
    }
  }
  // One order (by name, code point) whatever the caller's, so equal subgraphs compose to an equal SDL.
  services.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let result: ReturnType<typeof composeServices>;
  let apiSchema: GraphQLSchema | undefined;
  try {
    result = composeServices(services);
    if (!result.errors) apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  } catch (error) {
    // Composition reports what it finds as errors; one it throws is still the SDL's doing, not the registry's.
    return { ok: false, errors: [issue(error, candidate ?? '')] };
  }
  if (result.errors || !apiSchema)
    return { ok: false, errors: (result.errors ?? []).map((error) => issue(error, candidate ?? '')) };

  const nonNull = nonNullProtectedFields(apiSchema, readRequirements(parse(result.supergraphSdl)));
  if (nonNull.length > 0) {
    const document = services.find((s) => s.name === candidate)?.typeDefs;
    return {
      ok: false,
      errors: nonNull.map((field) => ({
        kind: 'composition',
        message: `${field} is protected (@authenticated or @requiresScopes) but non-null: make it nullable`,
        locations: document ? fieldLocations(document, field) : [],
      })),
    };
  }
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    apiSchema,
    hints: result.hints.map((hint) => hint.toString()),
  };
}
