/**
 * Loading a supergraph exactly as the gateway loads it; the gateway and the schema registry both
 * use this module, so the registry never publishes what a gateway would refuse.
 *
 * The gateway adapts every supergraph with `prepareSupergraph`, then builds it with `loading`,
 * Apollo Federation's own pieces in the steps Apollo Gateway 2.14 takes when it loads one:
 * - `Supergraph.build`: it must be a core schema linking the join spec, and the context and cost
 *   specs, at versions Apollo knows; any linked feature `for: SECURITY` or `for: EXECUTION` that
 *   Apollo does not implement refuses the whole supergraph (it implements none of them: `@policy`,
 *   `@context`/`@fromContext`, `@cacheTag`, connectors...; `@authenticated` and `@requiresScopes`
 *   load only because `prepareSupergraph` declares them enforced);
 * - validated as a GraphQL schema (development gateways; production ones assume it valid);
 * - the supergraph's graphql-js schema, the API schema, its graphql-js schema, the query planner.
 * The steps are a generator: a running gateway takes them one at a time, pausing between them
 * while the supergraph it serves still answers; the registry takes them in one go. Any failure: a
 * starting gateway exits, a running one keeps the supergraph it serves.
 *
 * The registry runs the same on each candidate (`createSupergraphLoader`), with validation on (the
 * strictest gateway's setting).
 */
import { Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlannerConfig } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { runSteps } from '../steps.js';

/**
 * The security features the gateway enforces itself, under their own names: its authorization
 * plugin with `lib/auth/requirements.ts`, which reads `@authenticated` and `@requiresScopes`.
 * A link that renames them (`import: [{ name: "@authenticated", as: ... }]`, `as:`) does not
 * match, keeps `for: SECURITY`, and is refused: the gateway would not recognise the new name.
 */
const ENFORCED_SECURITY_LINK =
  /(@link\(\s*url:\s*"https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v0\.1")\s*,\s*for:\s*SECURITY\s*\)/g;

/**
 * The supergraph as the gateway hands it to Apollo Gateway: the links of the security features it
 * enforces lose their `for: SECURITY` purpose (Apollo refuses a security feature it does not
 * enforce itself). Pure.
 */
export function prepareSupergraph(supergraphSdl: string): string {
  return supergraphSdl.replace(ENFORCED_SECURITY_LINK, '$1)');
}

/** A supergraph built as the gateway serves it. */
export interface LoadedSupergraph {
  /** The prepared SDL it was built from. */
  readonly sdl: string;
  readonly supergraph: Supergraph;
  /** The supergraph's types in graphql-js, inaccessible ones included (entities' type conditions). */
  readonly supergraphSchema: GraphQLSchema;
  /** The API schema in Apollo's model (what operations are planned on). */
  readonly apiSchema: Schema;
  /** The API schema in graphql-js (what Apollo Server validates operations against). */
  readonly schema: GraphQLSchema;
  readonly planner: QueryPlanner;
  /** The subgraphs and their URLs, as the supergraph names them. */
  readonly subgraphs: readonly { readonly name: string; readonly url: string }[];
}

export interface LoadingOptions {
  /** Validate the supergraph as a GraphQL schema (development gateways, the registry). */
  readonly validate: boolean;
  /** The query planner's configuration. @default Apollo's */
  readonly plannerConfig?: QueryPlannerConfig;
  /** The SDL already parsed (the gateway parses each version once for its plugins). @default parsed here */
  readonly document?: DocumentNode;
}

/**
 * Builds the prepared `sdl` as the gateway serves it, one step per `yield` (the caller decides how
 * long to pause). @throws Apollo's reason when the supergraph does not load
 */
export function* loading(sdl: string, options: LoadingOptions): Generator<void, LoadedSupergraph> {
  const supergraph = Supergraph.build(options.document ?? sdl, { validateSupergraph: options.validate });
  yield;
  const supergraphSchema = supergraph.schema.toGraphQLJSSchema();
  yield;
  const apiSchema = supergraph.apiSchema();
  yield;
  const schema = apiSchema.toGraphQLJSSchema();
  yield;
  const planner = new QueryPlanner(supergraph, options.plannerConfig);
  const subgraphs = supergraph.subgraphsMetadata().map(({ name, url }) => ({ name, url }));
  return { sdl, supergraph, supergraphSchema, apiSchema, schema, planner, subgraphs };
}

/** `loading` in one go. @throws Apollo's reason when the supergraph does not load */
export function loadSupergraph(sdl: string, options: LoadingOptions): LoadedSupergraph {
  return runSteps(loading(sdl, options)).value;
}

/** Whether a supergraph loads, and why not. */
export type SupergraphLoadResult =
  { readonly ok: true } | { readonly ok: false; readonly reasons: readonly string[] };

/** A loader of candidate supergraphs. */
export interface SupergraphLoader {
  /** Prepares and loads `supergraphSdl` (the composed, unprepared SDL). Never throws for a bad supergraph. */
  load(supergraphSdl: string): Promise<SupergraphLoadResult>;
  /** Refuses further loads. */
  dispose(): Promise<void>;
}

/** Why Apollo refused a supergraph: the causes of a failed check, one line each, else the message. */
export function reasonsOf(error: unknown): string[] {
  const causes = (error as { causes?: unknown } | null)?.causes;
  if (Array.isArray(causes) && causes.length > 0)
    return causes.map((cause) => firstLine(cause instanceof Error ? cause.message : String(cause)));
  return [firstLine(error instanceof Error ? error.message : String(error))];
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() || message;
}

/** Loads candidate supergraphs as a gateway would. */
export function createSupergraphLoader(): SupergraphLoader {
  let disposed = false;
  return {
    async load(supergraphSdl) {
      if (disposed) throw new Error('The supergraph loader is disposed');
      try {
        loadSupergraph(prepareSupergraph(supergraphSdl), { validate: true });
        return { ok: true };
      } catch (error) {
        return { ok: false, reasons: reasonsOf(error) };
      }
    },
    async dispose() {
      disposed = true;
    },
  };
}
