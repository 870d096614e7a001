/**
 * An integrator's whole path, as docs/integrators.md tells it, in a project of its own outside the
 * repository: download the running gateway's `/schema.graphql`, generate a typed client for an
 * operation of its own with `@graphql-codegen/cli` (client preset, sha256 persisted documents),
 * type-check code that uses it, register the operation with the registry under its own
 * credential, and run it by hash through a gateway that allow-lists trusted documents, which picks
 * it up within a poll. The project links the repository's node_modules (nothing is installed).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { credential } from '../../registry/src/registry.fixture.js';
import { freePort } from '../../scripts/graph.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

const OPERATION = `query IntegratorRegionName($code: ID!) {
  region(code: $code) {
    code
    name {
      text
    }
  }
}
`;

/** Uses the generated types: it compiles only if the client is typed as the schema says. */
const USAGE = `import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { IntegratorRegionNameDocument } from './src/gql/graphql.js';

type Result = ResultOf<typeof IntegratorRegionNameDocument>;
export const variables: VariablesOf<typeof IntegratorRegionNameDocument> = { code: '03' };
export const nameOf = (result: Result): string | undefined => result.region?.name.text;
// @ts-expect-error a region's name is localized text (an object), not a string
export const wrong = (result: Result): string | undefined => result.region?.name;
`;

let graph: E2EGraph;
let project: string;
let allowListed: string;
beforeAll(async () => {
  graph = await startE2EGraph();
  allowListed = (
    await graph.startGateway(await freePort(), {
      GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed',
      GATEWAY_SCHEMA_DOWNLOAD: 'true',
      GATEWAY_REGISTRY_POLL_MS: '250',
    })
  ).url;
  project = mkdtempSync(path.join(tmpdir(), 'integra-integrator-'));
}, 180_000);
afterAll(async () => {
  await graph?.dispose();
  if (project) rmSync(project, { recursive: true, force: true });
});

it('generates a typed client from the gateway schema, registers its operation, and runs it through an allow-listed gateway', async () => {
  // 1. The schema, from the gateway that will run the operation.
  const schema = await fetch(new URL('/schema.graphql', allowListed));
  expect(schema.status).toBe(200);
  writeFileSync(path.join(project, 'schema.graphql'), await schema.text());

  // 2. A project of its own: an operation, a codegen configuration, code that uses the client.
  symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  mkdirSync(path.join(project, 'operations'));
  writeFileSync(path.join(project, 'operations/IntegratorRegionName.graphql'), OPERATION);
  writeFileSync(
    path.join(project, 'codegen.json'),
    JSON.stringify({
      schema: 'schema.graphql',
      documents: 'operations/*.graphql',
      generates: {
        'src/gql/': {
          preset: 'client',
          presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
          config: { useTypeImports: true },
        },
      },
    }),
  );
  writeFileSync(path.join(project, 'usage.ts'), USAGE);
  writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        skipLibCheck: true,
      },
      include: ['usage.ts', 'src/**/*.ts'],
    }),
  );
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  const env = { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' };
  const inProject = async (command: string, args: string[]) => {
    try {
      await run(bin(command), args, { cwd: project, env });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${command} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
    }
  };
  await inProject('graphql-codegen', ['--config', 'codegen.json']);
  await inProject('tsc', ['-p', 'tsconfig.json']);

  // 3. The generated manifest holds the operation under `sha256:` and the sha256 of its text.
  const manifest = JSON.parse(
    readFileSync(path.join(project, 'src/gql/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const [[key, text]] = Object.entries(manifest) as [[string, string]];
  const hash = key.replace(/^sha256:/, '');
  const byHash = {
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    variables: { code: '03' },
  };
  const send = async () => {
    const response = await fetch(allowListed, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(byHash),
    });
    return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  };
  expect((await send()).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

  // 4. Registered with the integrator's own credential; the registry computes the same hash.
  const registered = await fetch(`${graph.registry!.url}/api/clients/integrator-app/operations`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await credential('integrator-app', ['registry:operations'])}`,
    },
    body: JSON.stringify({ version: '0.1.0', operations: [{ name: 'IntegratorRegionName', text }] }),
  });
  expect({ status: registered.status, body: await registered.json() }).toEqual({
    status: 200,
    body: {
      client: 'integrator-app',
      version: '0.1.0',
      operations: [{ name: 'IntegratorRegionName', hash }],
    },
  });

  // 5. Within a poll, the allow-listed gateway runs it by hash.
  await expect
    .poll(send, { timeout: 10_000, interval: 100 })
    .toEqual({ data: { region: { code: '03', name: { text: 'Lombardia' } } } });
}, 180_000);
