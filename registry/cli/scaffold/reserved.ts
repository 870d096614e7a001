/**
 * Names a new subgraph may not take although they are well formed: those whose environment
 * variables would be read as the graph's own (`gateway` -> `GATEWAY_PORT`), and those whose
 * derived identifiers the generated code or codegen already uses.
 */
import type { Names } from './names.js';

/** The suffixes of a subgraph's own variables (`lib/subgraph/run.ts`, `access.ts`, `lib/db/config.ts`, the gateway). */
export const SUBGRAPH_VARIABLE_SUFFIXES = [
  'PORT',
  'URL',
  'DATABASE_URL',
  'DATABASE_SCHEMA',
  'SQLITE_FILE',
  'DIRECT_ACCESS',
] as const;

/**
 * Families of variables the graph itself reads (gateway, registry, Redis, the shared `INTEGRA_`
 * ones, logging, Node, tests, tools): a subgraph whose prefix is, or starts with, one of them would
 * read or shadow them (`gateway-registry` -> `GATEWAY_REGISTRY_URL`).
 */
const GRAPH_FAMILIES: readonly string[] = [
  'APOLLO',
  'E2E',
  'GATEWAY',
  'INTEGRA',
  'LOG',
  'NODE',
  'REDIS',
  'REGISTRY',
  'SUBGRAPH',
  'SUPERGRAPH',
  'TEST',
  'VITEST',
];

/** Single variables of the graph that a subgraph's prefix must not be either. */
const GRAPH_VARIABLES: readonly string[] = ['CI', 'INTROSPECTION'];

/**
 * A subgraph's PostgreSQL schema is its name with `_` for `-` (`lib/db/config.ts`): PostgreSQL refuses
 * `pg_*` schemas, and `public` and `information_schema` are not a subgraph's to own.
 */
const POSTGRES_SCHEMAS = /^(?:public|information_schema|pg_.*)$/;

/** Type names the generated resolver types (codegen's typescript-resolvers) or GraphQL itself declare. */
const TAKEN_TYPES: ReadonlySet<string> = new Set([
  // GraphQL's scalars and root types
  'Boolean',
  'Float',
  'ID',
  'Int',
  'String',
  'Query',
  'Mutation',
  'Subscription',
  // codegen's helpers
  'Maybe',
  'InputMaybe',
  'Omit',
  'Exact',
  'RequireFields',
  'Scalars',
  'WithIndex',
  'ResolversObject',
  'ResolverTypeWrapper',
  'ReferenceResolver',
  'ResolverWithResolve',
  'Resolver',
  'ResolverFn',
  'TypeResolveFn',
  'IsTypeOfResolverFn',
  'NextResolverFn',
  'DirectiveResolverFn',
  'FederationTypes',
  'FederationReferenceTypes',
  'ResolversTypes',
  'ResolversParentTypes',
  'Resolvers',
  'DirectiveResolvers',
  'Context',
  // src/resolvers/<Entity>.ts would be src/resolvers/index.ts on a case-insensitive file system
  'Index',
]);

/** The variables a subgraph with this prefix reads. */
export function variablesOf(envPrefix: string): string[] {
  return SUBGRAPH_VARIABLE_SUFFIXES.map((suffix) => `${envPrefix}_${suffix}`);
}

/**
 * Why `names` may not name a new subgraph, or `undefined` when it may. `listedPrefixes` are the
 * environment prefixes of the subgraphs already listed (`services-database` would read
 * `SERVICES_DATABASE_URL`, the `services` subgraph's database).
 */
export function reservation(names: Names, listedPrefixes: readonly string[]): string | undefined {
  const mine = variablesOf(names.envPrefix);
  const graphPrefix =
    GRAPH_VARIABLES.find((variable) => names.envPrefix === variable) ??
    GRAPH_FAMILIES.find((family) => names.envPrefix === family || names.envPrefix.startsWith(`${family}_`));
  if (graphPrefix) {
    return `"${names.name}" is reserved: its variables (${mine.slice(0, 2).join(', ')}...) would clash with the graph's own (${GRAPH_VARIABLES.includes(graphPrefix) ? graphPrefix : `${graphPrefix}_*`})`;
  }
  const schema = names.name.replace(/-/g, '_');
  if (POSTGRES_SCHEMAS.test(schema))
    return `"${names.name}" is reserved: its PostgreSQL schema would be ${schema}, which belongs to PostgreSQL, not to a subgraph`;
  for (const prefix of listedPrefixes) {
    const theirs = new Set(variablesOf(prefix));
    const clash = mine.find((variable) => theirs.has(variable));
    if (clash)
      return `"${names.name}" is reserved: its variable ${clash} is already one of the ${prefix}_* variables of a listed subgraph`;
  }
  const taken = [names.entity, `${names.entity}Connection`, `${names.entity}Edge`].find((type) =>
    TAKEN_TYPES.has(type),
  );
  if (taken)
    return `"${names.name}" is reserved: its example type would be ${taken}, a name GraphQL or codegen already uses`;
  return undefined;
}
