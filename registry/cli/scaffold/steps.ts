/** What to do after `new NAME`: the lines the scaffold prints once the files are written. */
import { OWNER_PLACEHOLDER, LIST_FILE } from './list.js';
import type { Names } from './names.js';

/** The summary and numbered next steps for the subgraph `names` describes, one printed line each. */
export function nextSteps(names: Names, fileCount: number): string[] {
  const dir = `subgraphs/${names.name}`;
  const schema = `${dir}/schema.graphql`;
  return [
    `Created ${dir}/ (${fileCount} files) and listed it in ${LIST_FILE} on port ${names.port} (${names.envPrefix}_PORT).`,
    '',
    'Next steps:',
    `  1. Edit ${schema}: name your agency in @contact (now "${OWNER_PLACEHOLDER}"),`,
    `     and make the example type ${names.entity} (${names.lookup}, ${names.list}) yours; set the same owner in ${LIST_FILE}.`,
    `  2. npm run codegen      # resolver types in ${dir}/src/__generated__/`,
    '  3. npm run compose      # schema/supergraph.graphql and schema/api.graphql, with the new subgraph',
    `  4. npx tsc -p . && npx vitest run ${dir}`,
    `  5. npx tsx ${dir}/src/main.ts   # listens on http://127.0.0.1:${names.port}/graphql (npm start runs it too)`,
    '  6. Check and publish the schema with the registry (a development token: npm run -s subgraph -- dev-token ' +
      `${names.name}, passed as --token or INTEGRA_REGISTRY_TOKEN):`,
    `     npm run subgraph -- check ${names.name} --schema ${schema}`,
    `     npm run subgraph -- publish ${names.name} --schema ${schema} --url http://127.0.0.1:${names.port}/graphql`,
  ];
}
