/**
 * A subgraph's parts in one declaration: its SDL file, resolvers, migrations, seed and
 * per-request loaders. Every subgraph's context is `{ db, locale, loaders }`, with DataLoaders
 * built anew for each request.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { Kysely, Migration } from 'kysely';
import type { Logger } from '../log.js';
import type { LocaleCode } from '../locale.js';
import type { Caller } from '../auth/caller.js';
import { DEV_ACCESS } from './access.js';
import { REQUEST_ID_HEADER, safeRequestId } from '../requestId.js';
import { createSubgraphServer } from './server.js';
import type { SubgraphParts } from './run.js';
import { envPrefixOf } from './envPrefix.js';

/** The request context every subgraph's resolvers receive. */
export interface SubgraphContext<DB, Loaders> {
  readonly db: Kysely<DB>;
  /** The request's language (Accept-Language), Italian by default. */
  readonly locale: LocaleCode;
  readonly loaders: Loaders;
  /** Who is calling (verified by the subgraph itself); `undefined` when anonymous. */
  readonly caller: Caller | undefined;
  /** The gateway's request id (`x-request-id`), kept with audit rows. */
  readonly requestId: string | undefined;
}

export interface SubgraphDefinition<DB, Loaders> {
  /** The subgraph's name, as the supergraph knows it (`[a-z][a-z0-9-]*`). */
  readonly name: string;
  /** The port it listens on unless `<ENVPREFIX>_PORT` says otherwise. */
  readonly port: number;
  /** Prefix of its environment variables. @default envPrefixOf(name), e.g. `pilot-actions` -> `PILOT_ACTIONS` */
  readonly envPrefix?: string;
  /** The subgraph's SDL file, e.g. `new URL('../schema.graphql', import.meta.url)`. */
  readonly schemaFile: URL;
  /** The codegen-typed resolver map. */
  readonly resolvers: unknown;
  readonly migrations: Record<string, Migration>;
  readonly seed: (db: Kysely<DB>, log: Logger) => Promise<void>;
  /** Builds one request's DataLoaders. */
  readonly createLoaders: (db: Kysely<DB>) => Loaders;
}

/** Turns a definition into the parts the process runner and the test harness use. */
export function defineSubgraph<DB, Loaders>(definition: SubgraphDefinition<DB, Loaders>): SubgraphParts<DB> {
  const typeDefs = parse(readFileSync(definition.schemaFile, 'utf8'));
  return {
    name: definition.name,
    port: definition.port,
    envPrefix: definition.envPrefix ?? envPrefixOf(definition.name),
    migrations: definition.migrations,
    seed: definition.seed,
    createServer: (deps) =>
      createSubgraphServer<SubgraphContext<DB, Loaders>>({
        name: definition.name,
        typeDefs,
        resolvers: definition.resolvers,
        createContext: ({ locale, caller, headers }) => ({
          db: deps.db,
          locale,
          caller,
          requestId: safeRequestId(headers[REQUEST_ID_HEADER]),
          loaders: definition.createLoaders(deps.db),
        }),
        access: deps.access ?? DEV_ACCESS,
        metrics: deps.metrics,
        log: deps.log,
        development: deps.development,
        http: deps.http,
        listLimits: deps.listLimits,
        lifecycle: deps.lifecycle,
      }),
  };
}
