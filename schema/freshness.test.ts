/**
 * Generated files are committed; these tests fail when they are stale, i.e. when someone changed
 * a subgraph's SDL or an operation without running `npm run compose` / `npm run codegen`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import codegenConfig from '../codegen.js';
import { describe, expect, it } from 'vitest';
import { composeFromFiles } from './compose.js';
import { apiSchemaPath, subgraphs, supergraphPath } from './subgraphs.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

describe('committed generated files', () => {
  it('schema/supergraph.graphql and schema/api.graphql match the subgraphs (run `npm run compose`)', () => {
    const result = composeFromFiles();
    if (!result.ok) throw new Error(`composition fails:\n${result.errors.join('\n')}`);
    expect(readFileSync(supergraphPath, 'utf8'), 'supergraph.graphql is stale: run `npm run compose`').toBe(
      result.supergraphSdl,
    );
    expect(readFileSync(apiSchemaPath, 'utf8'), 'api.graphql is stale: run `npm run compose`').toBe(
      result.apiSdl,
    );
  });

  it('resolver types and the typed client match the schemas (run `npm run codegen`)', async () => {
    const outputs = await generate({ ...codegenConfig, cwd: root, silent: true }, false);
    expect(outputs.length).toBe(subgraphs.length + 2); // resolver types per subgraph, the typed client, the persisted-documents manifest
    for (const output of outputs) {
      const onDisk = readFileSync(path.resolve(root, output.filename), 'utf8');
      expect(onDisk, `${output.filename} is stale: run \`npm run codegen\``).toBe(output.content);
    }
  }, 120_000);
});
