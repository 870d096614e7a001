/** `npm run compose`: writes schema/supergraph.graphql and schema/api.graphql, prints hints, fails on errors. */
import { writeFileSync } from 'node:fs';
import { composeFromFiles } from '../schema/compose.js';
import { supergraphPath, apiSchemaPath } from '../schema/subgraphs.js';

const result = composeFromFiles();
if (!result.ok) {
  console.error(`Composition failed with ${result.errors.length} error(s):`);
  for (const error of result.errors) console.error(`  - ${error}`);
  process.exit(1);
}
for (const hint of result.hints) console.log(`hint: ${hint}`);
writeFileSync(supergraphPath, result.supergraphSdl);
writeFileSync(apiSchemaPath, result.apiSdl);
console.log(`wrote ${supergraphPath} and ${apiSchemaPath}`);
