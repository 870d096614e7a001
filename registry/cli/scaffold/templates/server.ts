/**
 * The new subgraph's process and server files, after `subgraphs/territories`: `main.ts` listens,
 * `subgraph.ts` declares the subgraph (`defineSubgraph`: name, port, parts), `context.ts` types the request context,
 * `mappers.ts` tells codegen what the resolvers receive.
 */
import { entityPhrase, partsExport, type Names } from '../names.js';

/** `src/main.ts`. */
export function mainFile(n: Names): string {
  const parts = partsExport(n);
  return `import { runSubgraph } from '../../../lib/subgraph/run.js';
import { ${parts} } from './subgraph.js';

await runSubgraph(${parts});
`;
}

/** `src/subgraph.ts`. */
export function subgraphFile(n: Names): string {
  return `/** The ${n.name} subgraph: its schema, resolvers, data and per-request loaders. */
import type { ${n.dbType} } from './data/tables.js';
import { createLoaders, type Loaders } from './data/${n.camel}.loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seed.js';
import { resolvers } from './resolvers/index.js';
import { defineSubgraph } from '../../../lib/subgraph/define.js';

/** Everything the process runner and the tests need to run this subgraph, its name and port included. */
export const ${partsExport(n)} = defineSubgraph<${n.dbType}, Loaders>({
  name: '${n.name}',
  port: ${n.port},
  schemaFile: new URL('../schema.graphql', import.meta.url),
  resolvers,
  migrations,
  seed,
  createLoaders,
});
`;
}

/** `src/context.ts`. */
export function contextFile(n: Names): string {
  return `import type { SubgraphContext } from '../../../lib/subgraph/define.js';
import type { ${n.dbType} } from './data/tables.js';
import type { Loaders } from './data/${n.camel}.loaders.js';

/** Per-request context of the ${n.name} subgraph: its database, the request's language and caller, fresh DataLoaders. */
export type Context = SubgraphContext<${n.dbType}, Loaders>;
`;
}

/** `src/mappers.ts`. */
export function mappersFile(n: Names): string {
  return `/**
 * What the resolvers of each type receive as parent: the stored rows. Picked up by codegen by name
 * (\`<Type>Model\`). Municipality needs none: this subgraph only returns its key.
 */
import type { ${n.entity}Row } from './data/tables.js';

export type ${n.entity}Model = ${n.entity}Row;
`;
}

/** `src/resolvers/index.ts`. */
export function resolversIndexFile(n: Names): string {
  return `import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Query } from './Query.js';
import { ${n.entity} } from './${n.entity}.js';

/** The subgraph's resolvers: one file per type. */
export const resolvers: Resolvers = { Query, ${n.entity} };
`;
}

/** `src/resolvers/Query.ts`. */
export function queryResolversFile(n: Names): string {
  return `import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badUserInput } from '../../../../lib/errors.js';
import { loadConnection } from '../../../../lib/pagination.js';
import * as repo from '../data/${n.camel}.repository.js';

const ID = /^${n.idPrefix}-\\d{5}$/;

/**
 * A malformed id is bad input (\`BAD_USER_INPUT\` naming the argument); a well-formed id that
 * matches nothing simply finds nothing.
 */
export function checkId(argument: string, value: string): string {
  if (!ID.test(value)) throw badUserInput(argument, \`must be an id such as "${n.idPrefix}-00001", got "\${value}"\`);
  return value;
}

/** The root fields: a lookup by id (batched with the request's other lookups) and the paged list. */
export const Query: QueryResolvers = {
  ${n.lookup}: (_parent, { id }, { loaders }) => loaders.${n.lookup}.load(checkId('id', id)),
  ${n.list}: (_parent, args, { db }) => loadConnection(args, (page) => repo.list${upperFirst(n.list)}(db, page)),
};
`;
}

/** `src/resolvers/<Entity>.ts`. */
export function entityResolversFile(n: Names): string {
  return `import type { ${n.entity}Resolvers } from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';

/** A ${entityPhrase(n)}, from its stored row. */
export const ${n.entity}: ${n.entity}Resolvers = {
  // The gateway's references (\`_entities\`), batched with every lookup of the request.
  __resolveReference: (reference, { loaders }) => loaders.${n.lookup}.load(reference.id),
  name: (row, { lang }, { locale }) => localize(parseTexts(row.name_i18n), lang, locale),
  // A stub of the territories subgraph's entity: the gateway asks territories for the rest.
  municipality: (row) => ({ istatCode: row.municipality_code }),
  // @authenticated: lib/subgraph/authorization.ts refuses anonymous callers before this runs.
  contactEmail: (row) => row.contact_email,
};
`;
}

/** `housingOffers` -> `HousingOffers`, for function names. */
export function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
