/** Every file of a new subgraph, by path relative to its folder `subgraphs/<name>/`. */
import type { Names } from '../names.js';
import { schemaFile } from './schema.js';
import {
  contextFile,
  entityResolversFile,
  mainFile,
  mappersFile,
  queryResolversFile,
  resolversIndexFile,
  subgraphFile,
} from './server.js';
import {
  initialMigrationFile,
  loadersFile,
  migrationsIndexFile,
  repositoryFile,
  seedFile,
  tablesFile,
} from './data.js';
import { testFile } from './test.js';

export { SHARED_BLOCKS } from './schema.js';

/** The files of the subgraph `names` describes: path (relative to `subgraphs/<name>/`) -> content. */
export function filesOf(names: Names): ReadonlyMap<string, string> {
  return new Map([
    ['schema.graphql', schemaFile(names)],
    ['src/main.ts', mainFile(names)],
    ['src/subgraph.ts', subgraphFile(names)],
    ['src/context.ts', contextFile(names)],
    ['src/mappers.ts', mappersFile(names)],
    ['src/resolvers/index.ts', resolversIndexFile(names)],
    ['src/resolvers/Query.ts', queryResolversFile(names)],
    [`src/resolvers/${names.entity}.ts`, entityResolversFile(names)],
    ['src/data/tables.ts', tablesFile(names)],
    [`src/data/${names.camel}.repository.ts`, repositoryFile(names)],
    [`src/data/${names.camel}.loaders.ts`, loadersFile(names)],
    ['src/data/migrations/0001_initial.ts', initialMigrationFile(names)],
    ['src/data/migrations/index.ts', migrationsIndexFile()],
    ['src/data/seed.ts', seedFile(names)],
    [`src/${names.name}.test.ts`, testFile(names)],
  ]);
}
