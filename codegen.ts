/**
 * `npm run codegen`: resolver types for every subgraph (federation-aware) and the typed client
 * for integrators. Output goes to `__generated__/` folders and is never edited by hand.
 *
 * Mappers follow a convention: a subgraph's `src/mappers.ts` exports `<Type>Model` for every
 * GraphQL type whose resolvers receive a database row (or a reference) rather than the final
 * shape; codegen picks them up by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { subgraphs } from './schema/subgraphs.js';
import { PERSISTED_DOCUMENTS_PLUGIN, persistedDocumentsPlugin } from './scripts/persistedDocuments.js';

const scalars = {
  Money: { input: 'number', output: 'number' },
  Date: { input: 'string', output: 'string' },
  DateTime: { input: 'string', output: 'string' },
};

function mappersOf(name: string): Record<string, string> {
  const file = `subgraphs/${name}/src/mappers.ts`;
  if (!existsSync(file)) return {};
  const source = readFileSync(file, 'utf8');
  const names = [...source.matchAll(/export (?:interface|type) (\w+)Model\b/g)].map((m) => m[1] as string);
  return Object.fromEntries(names.map((type) => [type, `../mappers.js#${type}Model`]));
}

const generates: CodegenConfig['generates'] = {};
for (const subgraph of subgraphs) {
  generates[`subgraphs/${subgraph.name}/src/__generated__/resolvers-types.ts`] = {
    schema: `subgraphs/${subgraph.name}/schema.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useTypeImports: true,
      enumsAsTypes: true,
      useIndexSignature: true,
      contextType: '../context.js#Context',
      mappers: mappersOf(subgraph.name),
      scalars,
      avoidOptionals: { field: true, inputValue: false, object: false },
    },
  };
}

generates['clients/__generated__/operations.ts'] = {
  schema: 'schema/api.graphql',
  documents: 'clients/operations/*.graphql',
  plugins: ['typescript-operations', 'typed-document-node'],
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { Money: 'string', Date: 'string', DateTime: 'string' },
  },
};

// The trusted-documents manifest the gateway allow-lists (GATEWAY_TRUSTED_DOCUMENTS): sha256 -> text.
generates['clients/__generated__/persisted-documents.json'] = {
  schema: 'schema/api.graphql',
  documents: 'clients/operations/*.graphql',
  plugins: [PERSISTED_DOCUMENTS_PLUGIN],
};

const config: CodegenConfig = {
  overwrite: true,
  generates,
  // Our own plugin is resolved here; every other name is an installed package.
  pluginLoader: (name) =>
    name.endsWith(PERSISTED_DOCUMENTS_PLUGIN) ? persistedDocumentsPlugin : import(name),
  hooks: {},
  silent: false,
};

export default config;
