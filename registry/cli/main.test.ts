/**
 * The partners' CLI as they run it: a child process (`node --import tsx registry/cli/main.ts`)
 * against a registry started here on a free port. Exit codes: 0 done, 1 refused, 2 usage.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_GATEWAY_KEY, DEV_IDENTITY_PROVIDER } from '../../lib/auth/keys.js';
import {
  seedSdl,
  startTestRegistry,
  withField,
  withoutField,
  type SupergraphAnswer,
  type TestRegistry,
} from '../src/registry.fixture.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVICES_URL = 'http://127.0.0.1:4002/graphql';
const ASSOCIATIONS_URL = 'http://127.0.0.1:4003/graphql';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly lines: string[];
}

let registry: TestRegistry;
let dir: string;
/** The services partner's development credential, which most tests use. */
let token: string;
beforeAll(async () => {
  registry = await startTestRegistry({ dialect: 'sqlite', file: ':memory:' });
  dir = mkdtempSync(path.join(tmpdir(), 'integra-cli-'));
  token = await devToken('services');
});
afterAll(async () => {
  await registry?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'registry/cli/main.ts'), ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          APOLLO_TELEMETRY_DISABLED: 'true',
          INTEGRA_REGISTRY_URL: registry.origin,
          INTEGRA_REGISTRY_TOKEN: '',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
        resolve({ code, stdout, stderr, lines: stdout.split('\n').filter(Boolean) });
      },
    );
  });
}

const devToken = async (partner: string) => (await cli(['dev-token', partner])).lines.at(-1) ?? '';

function schemaFile(name: string, sdl: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, sdl);
  return file;
}

describe('the subgraph CLI', () => {
  it('prints a development credential as its last line', async () => {
    const run = await cli(['dev-token', 'services']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.lines.at(-1)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('checks: exit 0 with the warnings, exit 1 with each error on its line (composition errors with line:column)', async () => {
    const passing = schemaFile(
      'passing.graphql',
      withoutField(seedSdl('services'), 'Service', /^ {2}contactPerson:/),
    );
    const ok = await cli(['check', 'services', '--schema', passing, '--token', token]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.lines).toContain('warning breaking FIELD_REMOVED: Service.contactPerson was removed.');
    expect(ok.lines.at(-1)).toMatch(/^check passed: services \(0 errors, \d+ warnings?\)$/);

    const sdl = `${seedSdl('services')}\ntype Orphan {\n  bar: Baz\n}\n`;
    const line = sdl.split('\n').indexOf('  bar: Baz') + 1;
    const broken = schemaFile('broken.graphql', sdl);
    const failing = await cli(['check', 'services', '--schema', broken], { INTEGRA_REGISTRY_TOKEN: token });
    expect(failing.code).toBe(1);
    expect(failing.lines).toEqual([
      `error composition ${broken}:${line}:8: [services] Unknown type Baz`,
      'check failed: services (1 error, 0 warnings)',
    ]);

    const usage = await cli([
      'check',
      'services',
      '--schema',
      schemaFile('usage.graphql', withoutField(seedSdl('services'), 'Service', /^ {2}name\(/)),
      '--token',
      token,
    ]);
    expect(usage.code).toBe(1);
    expect(usage.lines).toContainEqual(
      expect.stringMatching(
        /^error usage: The change breaks \d+ registered operations: .*TurinServicesByLanguage \(integra-client\)/,
      ),
    );
    expect(usage.lines).toContain(
      '  TurinServicesByLanguage (integra-client): Cannot query field "name" on type "Service".',
    );
  });

  it('publishes, and refuses what fails with the errors and exit 1', async () => {
    const file = schemaFile('v2.graphql', withField(seedSdl('services'), 'Service', 'accessibility: String'));
    const published = await cli([
      'publish',
      'services',
      '--schema',
      file,
      '--url',
      SERVICES_URL,
      '--token',
      token,
    ]);
    expect(published.code, published.stderr).toBe(0);
    // The supergraph's number counts every subgraph's publishes, whichever tests ran before.
    const supergraphVersion = /^published services v2: supergraph v(\d+) \([0-9a-f]{12}\)$/.exec(
      published.lines.at(-1) ?? '',
    )?.[1];
    expect(supergraphVersion).toBeDefined();
    const again = await cli([
      'publish',
      'services',
      '--schema',
      file,
      '--url',
      SERVICES_URL,
      '--token',
      token,
    ]);
    expect(again.lines.at(-1)).toBe(
      `services v2 unchanged: the same SDL and URL are current (supergraph v${supergraphVersion})`,
    );

    const refused = await cli([
      'publish',
      'services',
      '--schema',
      schemaFile('v3.graphql', withoutField(seedSdl('services'), 'Service', /^ {2}name\(/)),
      '--url',
      SERVICES_URL,
      '--token',
      token,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.lines).toContain('error breaking FIELD_REMOVED: Service.name was removed.');
    expect(refused.stderr).toMatch(/^subgraph: The checks of the services subgraph failed/);

    const foreign = await cli([
      'publish',
      'services',
      '--schema',
      file,
      '--url',
      SERVICES_URL,
      '--token',
      (await cli(['dev-token', 'funding'])).lines.at(-1) ?? '',
    ]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(
      /^subgraph: credential refused \(HTTP 403 FORBIDDEN\): Only the services partner/,
    );
    const anonymous = await cli(['publish', 'services', '--schema', file, '--url', SERVICES_URL]);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(
      /credential refused \(HTTP 401 UNAUTHENTICATED\)[\s\S]*dev-token services/,
    );
  });

  it('rolls back, and shows the history, the list and the supergraph', async () => {
    // Its own publish, of a subgraph no other test changes: associations v2 over the seeded v1.
    const associations = await devToken('associations');
    const file = schemaFile(
      'associations-v2.graphql',
      withField(seedSdl('associations'), 'Association', 'accessibility: String'),
    );
    const published = await cli([
      'publish',
      'associations',
      '--schema',
      file,
      '--url',
      ASSOCIATIONS_URL,
      '--token',
      associations,
    ]);
    expect(published.code, published.stderr).toBe(0);
    const supergraphVersion = Number(
      /^published associations v2: supergraph v(\d+) /.exec(published.lines.at(-1) ?? '')?.[1],
    );
    expect(supergraphVersion).toBeGreaterThan(1);

    const rollback = await cli(['rollback', 'associations', '--to', '1', '--token', associations]);
    expect(rollback.code, rollback.stderr).toBe(0);
    expect(rollback.lines.at(-1)).toMatch(
      new RegExp(
        `^rolled back associations to v1 as v3: supergraph v${supergraphVersion + 1} \\([0-9a-f]{12}\\)$`,
      ),
    );

    const [history, list, supergraph] = await Promise.all([
      cli(['history', 'associations', '--token', token]),
      cli(['list'], { INTEGRA_REGISTRY_TOKEN: token }),
      cli(['supergraph', '--token', token]),
    ]);
    expect(history.code).toBe(0);
    expect(history.lines[0]).toMatch(/^VERSION\s+PUBLISHED AT\s+PUBLISHED BY\s+URL\s+NOTES$/);
    expect(history.lines.slice(1).map((l) => l.split(/\s{2,}/))).toEqual([
      ['v3', expect.any(String), 'dev:associations', ASSOCIATIONS_URL, 'current, rollback to v1'],
      ['v2', expect.any(String), 'dev:associations', ASSOCIATIONS_URL],
      ['v1', expect.any(String), 'seed', ASSOCIATIONS_URL],
    ]);
    expect(list.lines[0]).toMatch(/^NAME\s+VERSION\s+URL\s+PUBLISHED BY\s+PUBLISHED AT$/);
    expect(list.lines.find((l) => l.startsWith('associations '))?.split(/\s{2,}/)).toEqual([
      'associations',
      'v3',
      ASSOCIATIONS_URL,
      'dev:associations',
      expect.stringMatching(/^\d{4}-/),
    ]);
    expect(list.lines).toHaveLength(8);
    const current = (await registry.request<SupergraphAnswer>('GET', '/api/supergraph')).body;
    expect(supergraph.stdout).toBe(current.sdl.endsWith('\n') ? current.sdl : `${current.sdl}\n`);

    // Reading needs a credential too: the registry holds routing URLs and who published what.
    for (const args of [['list'], ['history', 'services'], ['supergraph']]) {
      const anonymous = await cli(args);
      expect(anonymous.code).toBe(1);
      expect(anonymous.stderr).toMatch(/credential refused \(HTTP 401 UNAUTHENTICATED\)[\s\S]*dev-token/);
    }
  });

  it("prints an ownership refusal per field, and lets a type's owner (only) say who may extend it", async () => {
    const takeover = schemaFile(
      'takeover.graphql',
      withField(
        seedSdl('services').replace('import: ["@key"', 'import: [{ name: "@override", as: "@take" }, "@key"'),
        'Association',
        'contactPerson: ContactPerson @take(from: "associations")',
      ),
    );
    const refused = await cli([
      'publish',
      'services',
      '--schema',
      takeover,
      '--url',
      SERVICES_URL,
      '--force',
      '--token',
      token,
    ]);
    expect(refused.code).toBe(1);
    // Errors only: the warnings depend on which services version other tests left current.
    expect(refused.lines.filter((l) => l.startsWith('error '))).toEqual([
      'error ownership override: Association.contactPerson is owned by associations: services may not take it with @override(from: "associations")',
    ]);
    expect(refused.stderr).toMatch(/force does not override ownership/);

    const territories = await devToken('territories');
    const foreign = await cli([
      'extensions',
      'territories',
      '--type',
      'Region',
      '--allow',
      'observatory',
      '--token',
      token,
    ]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(
      /^subgraph: credential refused \(HTTP 403 FORBIDDEN\): Only the territories partner/,
    );
    const set = await cli([
      'extensions',
      'territories',
      '--type',
      'Region',
      '--allow',
      'services,observatory',
      '--token',
      territories,
    ]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.lines[0]).toBe('Region is owned by territories; these subgraphs may add fields to it:');
    expect(set.lines.slice(2).map((l) => l.split(/\s{2,}/).slice(0, 2))).toEqual([
      ['observatory', 'dev:territories'],
      ['services', 'dev:territories'],
    ]);
    const read = await cli(['extensions', 'territories', '--type', 'Region', '--token', token]);
    expect(read.lines.slice(2).map((l) => l.split(/\s{2,}/)[0])).toEqual(['observatory', 'services']);
    const none = await cli([
      'extensions',
      'territories',
      '--type',
      'Region',
      '--allow',
      '',
      '--token',
      territories,
    ]);
    expect(none.lines).toEqual(['Region is owned by territories; no other subgraph may add fields to it']);
    expect((await cli(['extensions', 'territories', '--token', territories])).code).toBe(2);
  });

  it("records, shows and clears a subgraph's traffic policy, for its own partner only", async () => {
    const statistics = await devToken('statistics');
    const set = await cli([
      'traffic',
      'statistics',
      '--set',
      'timeoutMs=3000, retries=0',
      '--token',
      statistics,
    ]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.lines[0]).toMatch(/^statistics's traffic policy, recorded by dev:statistics at /);
    expect(set.lines.slice(2).map((l) => l.split(/\s{2,}/))).toEqual([
      ['timeoutMs', '3000'],
      ['retries', '0'],
    ]);
    const read = await cli(['traffic', 'statistics', '--token', await devToken('services')]);
    expect(read.lines.slice(2).map((l) => l.split(/\s{2,}/)[0])).toEqual(['timeoutMs', 'retries']);
    const foreign = await cli([
      'traffic',
      'statistics',
      '--set',
      'retries=5',
      '--token',
      await devToken('services'),
    ]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/HTTP 403 FORBIDDEN/);
    const bounds = await cli(['traffic', 'statistics', '--set', 'retries=50', '--token', statistics]);
    expect(bounds.code).toBe(1);
    expect(bounds.stderr).toMatch(/retries must be from 0 to 10, got 50/);
    expect((await cli(['traffic', 'statistics', '--set', 'retries=soon', '--token', statistics])).code).toBe(
      2,
    );
    const cleared = await cli(['traffic', 'statistics', '--set', '', '--token', statistics]);
    expect(cleared.lines).toEqual([
      "statistics has no traffic policy of its own: the gateways' defaults apply",
    ]);
  });

  it("exits 2 with a usage line on a usage mistake, 1 with the registry's message otherwise", async () => {
    const [missing, unknown, none, stray, badVersion] = await Promise.all([
      cli(['check', 'services']),
      cli(['frobnicate']),
      cli([]),
      cli(['list', '--force']),
      cli(['rollback', 'services', '--to', 'latest']),
    ]);
    for (const run of [missing, unknown, none, stray, badVersion]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/\nusage: npm run -s subgraph -- /);
      expect(run.stdout).toBe('');
    }
    expect(missing.stderr).toMatch(
      /^subgraph: --schema FILE is required\nusage: npm run -s subgraph -- check NAME --schema FILE/,
    );
    const notFound = await cli(['history', 'nowhere', '--token', token]);
    expect(notFound).toMatchObject({
      code: 1,
      stderr: 'subgraph: There is no subgraph "nowhere" (HTTP 404 NOT_FOUND)\n',
    });
    const unreachable = await cli(['list', '--registry', 'http://127.0.0.1:9']);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^subgraph: cannot reach the registry at http:\/\/127\.0\.0\.1:9/);
  });

  it('says why a production registry issues no development credential', async () => {
    const production = await startTestRegistry(
      { dialect: 'sqlite', file: ':memory:' },
      {
        NODE_ENV: 'production',
        GATEWAY_JWKS_FILE: DEV_IDENTITY_PROVIDER.publicJwksPath,
        INTEGRA_GATEWAY_JWKS_FILE: DEV_GATEWAY_KEY.publicJwksPath,
      },
    );
    try {
      const run = await cli(['dev-token', 'services', '--registry', production.origin]);
      expect(run).toMatchObject({
        code: 1,
        stdout: '',
        stderr:
          'subgraph: A production registry does not issue development credentials (HTTP 403 FORBIDDEN)\n',
      });
    } finally {
      await production.dispose();
    }
  });

  it('dispatches new to the scaffold', async () => {
    // An invalid name: the scaffold refuses it before writing anything.
    const run = await cli(['new', 'Not_A_Name']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^subgraph: .*Not_A_Name/);
  });
});
