/**
 * The shape of a gateway feature. Each `plugins/<feature>.ts` exports `<feature>Plugin(options)`
 * returning one of these; `createGateway` lists them in order and `combinePlugins` wires the
 * slots each fills: HTTP routes, `/graphql` middleware, Apollo Server options and validation rules,
 * Apollo Server hooks, subgraph hooks, error formatting, the cache.
 */
import type { Express, RequestHandler } from 'express';
import type { GraphQLFormattedError, ValidationRule } from 'graphql';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './context.js';
import type { SubgraphHooks } from './subgraphDataSource/index.js';

/** Apollo Server's cache contract (`KeyValueCache<string>`), named through its own options. */
export type ServerCache = Exclude<NonNullable<ApolloServerOptions<GatewayContext>['cache']>, 'bounded'>;

/** The Apollo Server options a feature may set; two plugins may not set the same one. */
export type ServerOptions = Partial<
  Pick<
    ApolloServerOptions<GatewayContext>,
    | 'introspection'
    | 'allowBatchedHttpRequests'
    | 'csrfPrevention'
    | 'parseOptions'
    | 'persistedQueries'
    | 'hideSchemaDetailsFromClientErrors'
  >
>;

/** Apollo Server's `formatError` signature. */
export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export interface GatewayPlugin {
  /** Shown in logs and errors. */
  readonly name: string;
  /** Mounts HTTP routes; they are mounted before `/graphql`, in plugin order. */
  readonly routes?: (app: Express) => void;
  /**
   * Express middleware run on `/graphql` before Apollo Server, in plugin order. One of them must
   * parse the body (the request body plugin): Apollo Server answers 500 without `req.body`.
   */
  readonly middleware?: readonly RequestHandler[];
  /** Apollo Server options this feature owns (introspection, batching, CSRF, parsing, persisted queries, suggestions). */
  readonly server?: ServerOptions;
  /** Extra GraphQL validation rules, run after the specification's; concatenated in plugin order. */
  readonly validationRules?: readonly ValidationRule[];
  /** Hooks into Apollo Server's request and server lifecycle. */
  readonly apollo?: ApolloServerPlugin<GatewayContext>;
  /** Hooks run by the subgraph data source around every fetch. */
  readonly subgraph?: SubgraphHooks;
  /** Rewrites errors before they reach clients; chained in plugin order. */
  readonly formatError?: FormatError;
  /** Apollo Server's cache (APQ). At most one plugin may provide it. */
  readonly cache?: ServerCache;
  /** Releases what the plugin holds (connections, timers); runs after the server stops. */
  dispose?(): Promise<void>;
}

export interface CombinedPlugins {
  mountRoutes(app: Express): void;
  readonly middleware: RequestHandler[];
  readonly server: ServerOptions;
  readonly validationRules: ValidationRule[];
  readonly apollo: ApolloServerPlugin<GatewayContext>[];
  readonly subgraphHooks: SubgraphHooks[];
  readonly formatError: FormatError;
  readonly cache: ServerCache | undefined;
  /** Disposes every plugin, last first; reports all failures together. */
  dispose(): Promise<void>;
}

/** Gathers the slots of an ordered list of plugins. */
export function combinePlugins(plugins: readonly GatewayPlugin[]): CombinedPlugins {
  const caches = plugins.filter((p) => p.cache);
  if (caches.length > 1) {
    throw new Error(`Only one plugin may provide the cache, got: ${caches.map((p) => p.name).join(', ')}`);
  }
  const formatters = plugins.flatMap((p) => (p.formatError ? [p.formatError] : []));
  return {
    mountRoutes: (app) => plugins.forEach((p) => p.routes?.(app)),
    middleware: plugins.flatMap((p) => p.middleware ?? []),
    server: mergeServerOptions(plugins),
    validationRules: plugins.flatMap((p) => p.validationRules ?? []),
    apollo: plugins.flatMap((p) => (p.apollo ? [p.apollo] : [])),
    subgraphHooks: plugins.flatMap((p) => (p.subgraph ? [p.subgraph] : [])),
    formatError: (formatted, error) =>
      formatters.reduce((current, format) => format(current, error), formatted),
    cache: caches[0]?.cache,
    dispose: async () => {
      const failures: unknown[] = [];
      for (const plugin of [...plugins].reverse()) {
        try {
          await plugin.dispose?.();
        } catch (error) {
          failures.push(error);
        }
      }
      if (failures.length > 0) throw new AggregateError(failures, 'Some gateway plugins failed to dispose');
    },
  };
}

/** Each plugin's `server` options, merged; an option set by two plugins is a wiring mistake. */
function mergeServerOptions(plugins: readonly GatewayPlugin[]): ServerOptions {
  const merged: Record<string, unknown> = {};
  const owners = new Map<string, string>();
  for (const plugin of plugins) {
    for (const [key, value] of Object.entries(plugin.server ?? {})) {
      const owner = owners.get(key);
      if (owner) throw new Error(`Apollo Server option "${key}" is set by both ${owner} and ${plugin.name}`);
      owners.set(key, plugin.name);
      merged[key] = value;
    }
  }
  return merged;
}
