import { execFile } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { namesOf, OWNER_PLACEHOLDER, scaffold } from './scaffold.js';
import type * as SubgraphListModule from '../../schema/subgraphs.js';

type SubgraphList = typeof SubgraphListModule;

const run = promisify(execFile);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const temporary: string[] = [];
afterAll(() => {
  // rm does not follow the node_modules symlink: only the copy goes.
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'integra-scaffold-'));
  temporary.push(dir);
  return dir;
}

function copy(from: string, to: string, relative: string): void {
  mkdirSync(path.dirname(path.join(to, relative)), { recursive: true });
  copyFileSync(path.join(from, relative), path.join(to, relative));
}

/** A root with just what `scaffold` reads: the list of subgraphs and their SDL. */
function minimalRoot(): string {
  const root = tempDir();
  copy(repo, root, 'schema/subgraphs.ts');
  copy(repo, root, '.prettierrc.json'); // how the scaffold lays out what it writes
  copy(repo, root, 'lib/subgraph/envPrefix.ts'); // what the list imports
  for (const name of readdirSync(path.join(repo, 'subgraphs')))
    copy(repo, root, `subgraphs/${name}/schema.graphql`);
  return root;
}

describe('scaffold', () => {
  let root: string;
  let printed: string[];
  const print = (text: string) => void printed.push(text);
  beforeEach(() => {
    root = minimalRoot();
    printed = [];
  });

  it('derives the names of the example entity, its fields, table and ids from the subgraph name', () => {
    expect(namesOf('housing-offers', 4006)).toEqual({
      name: 'housing-offers',
      envPrefix: 'HOUSING_OFFERS',
      camel: 'housingOffers',
      dbType: 'HousingOffersDb',
      entity: 'HousingOffer',
      lookup: 'housingOffer',
      list: 'housingOffers',
      table: 'housing_offers',
      idPrefix: 'HOU',
      port: 4006,
    });
    expect(namesOf('mediation-activities', 1)).toMatchObject({
      entity: 'MediationActivity',
      list: 'mediationActivities',
    });
    expect(namesOf('addresses', 1)).toMatchObject({
      entity: 'Address',
      lookup: 'address',
      list: 'addresses',
    });
    expect(namesOf('health', 1)).toMatchObject({ entity: 'Health', lookup: 'health', list: 'healthList' });
  });

  it('refuses malformed names and writes nothing', async () => {
    const list = readFileSync(path.join(root, 'schema/subgraphs.ts'), 'utf8');
    for (const name of [
      'a',
      'Housing',
      '1abc',
      'housing_offers',
      'housing offers',
      '-x',
      `a${'b'.repeat(39)}`,
      '',
    ]) {
      await expect(scaffold(name, { root, print }), name).rejects.toThrow(/^Invalid subgraph name/);
    }
    expect(readFileSync(path.join(root, 'schema/subgraphs.ts'), 'utf8')).toBe(list);
    expect(readdirSync(path.join(root, 'subgraphs')).sort()).toEqual(
      readdirSync(path.join(repo, 'subgraphs')).sort(),
    );
    expect(printed).toEqual([]);
  });

  it('refuses a name that exists, is listed, is reserved, or would redeclare another subgraph’s types', async () => {
    await expect(scaffold('territories', { root, print })).rejects.toThrow(
      'subgraphs/territories already exists',
    );
    rmSync(path.join(root, 'subgraphs/funding'), { recursive: true });
    await expect(scaffold('funding', { root, print })).rejects.toThrow(
      'already listed in schema/subgraphs.ts',
    );
    await expect(scaffold('gateway', { root, print })).rejects.toThrow('reserved');
    await expect(scaffold('municipalities', { root, print })).rejects.toThrow(
      /type Municipality.*would not compose/,
    );
    await expect(scaffold('x', { root: tempDir(), print })).rejects.toThrow(/Invalid subgraph name/);
    await expect(scaffold('elsewhere', { root: tempDir(), print })).rejects.toThrow('not found: is');
    expect(existsSync(path.join(root, 'subgraphs/municipalities'))).toBe(false);
  });

  it('writes the subgraph, lists it on the next free port, and prints the next steps', async () => {
    await scaffold('housing-offers', { root, print });
    const dir = path.join(root, 'subgraphs/housing-offers');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('.')).sort();
    expect(files).toEqual(
      [
        'schema.graphql',
        'src/context.ts',
        'src/subgraph.ts',
        'src/data/housingOffers.loaders.ts',
        'src/data/housingOffers.repository.ts',
        'src/data/migrations/0001_initial.ts',
        'src/data/migrations/index.ts',
        'src/data/seed.ts',
        'src/data/tables.ts',
        'src/housing-offers.test.ts',
        'src/main.ts',
        'src/mappers.ts',
        'src/resolvers/HousingOffer.ts',
        'src/resolvers/Query.ts',
        'src/resolvers/index.ts',
      ].sort(),
    );
    const sdl = readFileSync(path.join(dir, 'schema.graphql'), 'utf8');
    expect(sdl).toContain(
      'import: ["@key", "@shareable", "@authenticated", "@requiresScopes", "@inaccessible"]',
    );
    expect(sdl).toContain('type HousingOffer @key(fields: "id") @cacheControl(maxAge: 60)');
    expect(sdl).toContain('housingOffers(first: Int = 20, after: String): HousingOfferConnection!');
    const { subgraphs } = (await import(
      pathToFileURL(path.join(root, 'schema/subgraphs.ts')).href
    )) as SubgraphList;
    expect(subgraphs.map((s) => s.name)).toEqual([
      'territories',
      'services',
      'associations',
      'funding',
      'pilot-actions',
      'content',
      'statistics',
      'housing-offers',
    ]);
    expect(subgraphs.at(-1)).toMatchObject({
      defaultPort: 4008,
      envPrefix: 'HOUSING_OFFERS',
      owner: OWNER_PLACEHOLDER,
    });
    const steps = printed.join('\n');
    for (const step of [
      'schema.graphql',
      '@contact',
      'npm run codegen',
      'npm run compose',
      'npx vitest run subgraphs/housing-offers',
      'npm run subgraph -- check housing-offers',
      'publish housing-offers',
    ]) {
      expect(steps).toContain(step);
    }
    await expect(scaffold('housing-offers', { root, print })).rejects.toThrow('already exists');
    await scaffold('language-courses', { root, print });
    expect(readFileSync(path.join(root, 'schema/subgraphs.ts'), 'utf8')).toMatch(
      /entry\('housing-offers', 4008, '[^']+'\),\n {2}entry\('language-courses', 4009, '[^']+'\),\n\];/,
    );
  });
});

/** The environment of a child process: no VITEST_* variables of this run, which would confuse a nested vitest. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { APOLLO_TELEMETRY_DISABLED: 'true' };
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('VITEST')) env[key] ??= value;
  return env;
}

const NOT_COPIED = new Set(['node_modules', '.git', 'data', 'coverage']);

/**
 * A copy of the repository's tracked files (as they are in the working tree), sharing its
 * node_modules; without git (a source archive), everything but dependencies and local data.
 */
async function copyOfRepository(): Promise<string> {
  const root = tempDir();
  const tracked = await run('git', ['ls-files', '-z'], { cwd: repo, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout }) => stdout.split('\0').filter(Boolean),
    () => undefined,
  );
  if (tracked) {
    for (const file of tracked) if (existsSync(path.join(repo, file))) copy(repo, root, file);
  } else {
    cpSync(repo, root, {
      recursive: true,
      filter: (source) => !NOT_COPIED.has(path.relative(repo, source).split(path.sep)[0] ?? ''),
    });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

describe('a scaffolded subgraph, in a copy of the repository', () => {
  it('generates its types, composes, typechecks and passes its own tests on both dialects', async () => {
    const root = await copyOfRepository();
    await scaffold('housing-offers', { root, print: () => undefined });
    const options = { cwd: root, env: childEnv(), maxBuffer: 64 * 1024 * 1024 };
    const step = async (command: string, args: string[]) => {
      try {
        return (await run(command, args, options)).stdout;
      } catch (error) {
        const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
        throw new Error(`${command} ${args.join(' ')} failed in ${root}:\n${stdout}\n${stderr}`, {
          cause: error,
        });
      }
    };
    await step('npx', ['graphql-codegen', '--config', 'codegen.ts']);
    expect(existsSync(path.join(root, 'subgraphs/housing-offers/src/__generated__/resolvers-types.ts'))).toBe(
      true,
    );
    await step('npx', ['tsx', 'scripts/compose.ts']);
    expect(readFileSync(path.join(root, 'schema/supergraph.graphql'), 'utf8')).toContain(
      'HOUSING_OFFERS @join__graph(name: "housing-offers"',
    );
    await step('npx', ['tsc', '-p', '.']);
    // As written, the new files pass the house rules (`npm run lint`).
    await step('npx', ['eslint', 'subgraphs/housing-offers', 'schema/subgraphs.ts']);
    await step('npx', ['prettier', '--check', 'subgraphs/housing-offers', 'schema/subgraphs.ts']);
    const tests = stripVTControlCharacters(await step('npx', ['vitest', 'run', 'subgraphs/housing-offers']));
    expect(tests).toMatch(/Tests\s+\d+ passed/);
    expect(tests).not.toMatch(/failed/);
    expect(existsSync(path.join(repo, 'subgraphs/housing-offers'))).toBe(false);
  }, 600_000);
});
