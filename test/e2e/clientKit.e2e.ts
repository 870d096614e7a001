/**
 * The integrator kit as an integrator gets it: `@integra/client` built and packed, the tarball
 * installed in a project outside the repository, a small program compiled against it with
 * `tsc --strict` (so the typed documents and typed errors are what an integrator's compiler sees),
 * then run with node against the real graph with trusted documents on. The docs' example program
 * is compiled with it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bearer } from '../tokens.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

/** Runs a command; a failure says what it printed (tsc prints its errors on stdout). */
async function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  try {
    return await promisify(execFile)(command, args, options);
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`, {
      cause: error,
    });
  }
}
const root = path.resolve(import.meta.dirname, '../..');
const env = { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' };

const PROGRAM = `
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import {
  createClient,
  CreateServiceDocument,
  RegionDashboardDocument,
  UpdateServiceDocument,
  type CreateServiceInput,
} from '@integra/client';

const url = process.env['INTEGRA_URL'] ?? 'http://127.0.0.1:4000/graphql';
const visitor = createClient({ url, language: 'en' });
const editor = createClient({ url, token: process.env['INTEGRA_TOKEN'] });
const print = (line: object): void => console.log(JSON.stringify(line));

const dashboard = await visitor.request(RegionDashboardDocument, { regionCode: '03' });
if (dashboard.ok) print({ dashboard: dashboard.data.region?.name, actions: dashboard.data.region?.pilotActions.totalCount });
else print({ dashboard: dashboard.error.code });

const input: CreateServiceInput = {
  name: { it: 'Sportello Stranieri – Lodi' },
  description: { it: 'Informazioni e orientamento.' },
  openingHours: { it: 'lun 9-12' },
  areas: ['WORK'],
  providerKind: 'MUNICIPALITY',
  municipalityCode: '098031',
  address: 'Piazza della Vittoria 1, Lodi',
  languages: ['it'],
  targetGroups: ['WORKERS'],
  freeOfCharge: true,
};
const anonymous = await visitor.request(CreateServiceDocument, { input });
print({ anonymous: anonymous.ok ? 'ok' : anonymous.error.code });

const created = await editor.request(CreateServiceDocument, { input });
if (!created.ok || !created.data.createService) throw new Error(JSON.stringify(created));
const { id, version } = created.data.createService;
const update = (address: string) => editor.request(UpdateServiceDocument, { id, expectedVersion: version, input: { address } });
const first = await update('Via Uno 1');
print({ first: first.ok ? first.data.updateService?.version : first.error.code });
const stale = await update('Via Due 2');
if (stale.ok) print({ stale: 'ok' });
else if (stale.error.code === 'CONFLICT') print({ stale: stale.error.code, currentVersion: stale.error.currentVersion });
else print({ stale: stale.error.code });

const manifestFile = createRequire(import.meta.url).resolve('@integra/client/persisted-documents.json');
print({ registered: Object.keys(JSON.parse(readFileSync(manifestFile, 'utf8')) as object).length });
`;

/** docs/integrators.md's example program: compiled here too, so that it stays true to the kit. */
function docsExample(): string {
  const doc = readFileSync(path.join(root, 'docs/integrators.md'), 'utf8');
  const kit = doc.slice(doc.indexOf('### The integrator kit'));
  const example = /```ts\n([\s\S]*?)```/.exec(kit)?.[1];
  if (!example) throw new Error("docs/integrators.md has no TypeScript example under 'The integrator kit'");
  return example;
}

let graph: E2EGraph;
const work = mkdtempSync(path.join(tmpdir(), 'integra-client-kit-'));
beforeAll(async () => {
  graph = await startE2EGraph({ env: () => ({ GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed' }) });
});
afterAll(async () => {
  await graph?.dispose();
  rmSync(work, { recursive: true, force: true });
});

it('packs, installs outside the repository, compiles with tsc --strict and runs against the graph', async () => {
  await run('npm', ['run', '-s', 'build:client'], { cwd: root, env });
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: path.join(root, 'clients'),
    env,
  });
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];

  const app = path.join(work, 'app');
  const write = (name: string, text: string) => writeFileSync(path.join(app, name), text);
  mkdirSync(app);
  write('package.json', JSON.stringify({ name: 'integrator-app', private: true, type: 'module' }));
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', outDir: 'dist', types: ['node'] },
      files: ['main.ts', 'docs-example.ts'],
    }),
  );
  write('main.ts', PROGRAM);
  write('docs-example.ts', docsExample());
  // Offline where npm's cache has the packages: the kit's dependencies and Node's types.
  await run(
    'npm',
    ['install', path.join(work, filename), '@types/node@20', '--prefer-offline', '--no-audit', '--no-fund'],
    { cwd: app, env },
  );
  await run(path.join(root, 'node_modules/.bin/tsc'), ['-p', '.', '--strict'], { cwd: app, env });

  const token = (await bearer('services', ['services:write'])).authorization!.replace('Bearer ', '');
  const { stdout } = await run(process.execPath, ['dist/main.js'], {
    cwd: app,
    env: { ...env, INTEGRA_URL: graph.gateway.url, INTEGRA_TOKEN: token },
  });
  const lines = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const manifest = JSON.parse(
    readFileSync(path.join(root, 'clients/__generated__/persisted-documents.json'), 'utf8'),
  );
  expect(lines).toEqual([
    { dashboard: { text: 'Lombardy', locale: 'EN' }, actions: expect.any(Number) },
    { anonymous: 'UNAUTHENTICATED' },
    { first: 2 },
    { stale: 'CONFLICT', currentVersion: 2 },
    { registered: Object.keys(manifest).length },
  ]);
}, 180_000);

it('runs on a gateway that takes only registered operations', async () => {
  // What the program relies on: an operation that is not registered is refused by this gateway.
  const result = await graph.execute('{ region(code: "03") { code } }');
  expect(result.errors?.[0]?.extensions?.['code']).toBe('OPERATION_NOT_TRUSTED');
});
