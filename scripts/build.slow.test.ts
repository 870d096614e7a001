/**
 * The production build as an operator runs it: `npm run build`, then, in a folder holding only
 * dist/, package.json and package-lock.json, `npm ci --omit=dev` and every process started with
 * plain node by the commands of package.json's `start:*` scripts, in production (keys of its own,
 * no development keys, trusted documents on). A registered operation through the gateway reaches
 * three subgraphs; SIGTERM stops every process with exit code 0.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { builtinModules } from 'node:module';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { subgraphs } from '../schema/subgraphs.js';
import { freePort } from './graph.js';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'integra-build-'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
type StartScript = 'start:gateway' | 'start:registry' | 'start:subgraph';

interface Started {
  readonly name: string;
  readonly child: ChildProcess;
  readonly output: string[];
}
const started: Started[] = [];

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`.slice(-4000));
}

beforeAll(() => {
  run('npm', ['run', 'build'], root);
  for (const file of ['dist', 'package.json', 'package-lock.json'])
    cpSync(path.join(root, file), path.join(work, file), { recursive: true });
  // Production runs on keys of its own: the images leave the development private keys out, and so
  // does this copy (the public ones stay: production refuses what they signed by their key ids).
  const devKeys = path.join(work, 'dist', 'dev-keys');
  for (const pair of readdirSync(devKeys, { withFileTypes: true }).filter((entry) => entry.isDirectory()))
    rmSync(path.join(devKeys, pair.name, 'private-key.jwk.json'));
  run('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], work);
}, 280_000);

afterAll(async () => {
  for (const { child } of started) if (child.exitCode === null && child.signalCode === null) child.kill();
  await Promise.all(started.filter((s) => s.child.exitCode === null).map((s) => once(s.child, 'exit')));
  rmSync(work, { recursive: true, force: true });
});

/** The packages a compiled module imports: static imports and re-exports, `import()`, `require()`. */
function importedPackages(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:'))
    .map((s) => /^(@[^/]+\/[^/]+|[^/]+)/.exec(s)![1]!);
}

it('compiles no module that imports a package outside the dependencies', () => {
  const dist = path.join(work, 'dist');
  const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    // The explorer's bundle runs in a browser, with everything it needs inside.
    (file) => file.endsWith('.js') && !file.startsWith(path.join('gateway', 'explorer', 'dist')),
  );
  const imported = new Set(
    modules.flatMap((file) => importedPackages(readFileSync(path.join(dist, file), 'utf8'))),
  );
  const outside = [...imported].filter((name) => !pkg.dependencies[name] && !builtinModules.includes(name));
  expect(outside).toEqual([]);
  expect([...imported]).toEqual(
    expect.arrayContaining(['@apollo/gateway', 'better-sqlite3', 'kysely', 'pg']),
  );
});

/** Starts a process by its npm script's command, run by sh as npm would, without npm in between. */
function start(name: string, script: StartScript, args: string[], env: Record<string, string>): Started {
  const command = pkg.scripts[script]!;
  expect(command).toMatch(/^node /);
  const child = spawn('sh', ['-c', `exec ${command} "$@"`, script, ...args], {
    cwd: work,
    env: {
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env['PATH']}`,
      NODE_ENV: 'production',
      APOLLO_TELEMETRY_DISABLED: 'true',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const process_ = { name, child, output };
  started.push(process_);
  return process_;
}

async function ready(process_: Started, port: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (process_.child.exitCode !== null)
      throw new Error(`${process_.name} exited with ${process_.child.exitCode}: ${process_.output.join('')}`);
    const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${process_.name} was not ready within 60 s: ${process_.output.join('')}`);
}

/** The exit code of dist/scripts/healthcheck.js with `args`, in production. */
function healthcheck(args: string[], env: Record<string, string>): number | null {
  const script = path.join(work, 'dist', 'scripts', 'healthcheck.js');
  return spawnSync(process.execPath, [script, ...args], { env: { NODE_ENV: 'production', ...env } }).status;
}

async function keys(kid: string): Promise<{ privateJwk: string; jwks: string }> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const common = { kid, alg: 'ES256', use: 'sig' };
  return {
    privateJwk: JSON.stringify({ ...(await exportJWK(privateKey)), ...common }),
    jwks: JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), ...common }] }),
  };
}

it('runs every subgraph, the registry and the gateway with node, answers through them, and stops them cleanly', async () => {
  const secrets = path.join(work, 'secrets');
  const idp = await keys('idp');
  const gatewayKey = await keys('gateway');
  const files = {
    idpJwks: [path.join(secrets, 'idp-jwks.json'), idp.jwks],
    gatewayJwks: [path.join(secrets, 'gateway-jwks.json'), gatewayKey.jwks],
    assertionKey: [path.join(secrets, 'gateway-assertion.jwk.json'), gatewayKey.privateJwk],
  } as const;
  mkdirSync(secrets);
  for (const [file, text] of Object.values(files)) writeFileSync(file, text);
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  const ports = new Map<string, number>();
  for (const s of subgraphs) ports.set(s.name, await freePort());
  const urls = Object.fromEntries(
    subgraphs.map((s) => [`${s.envPrefix}_URL`, `http://127.0.0.1:${ports.get(s.name)}/graphql`]),
  );
  const keysEnv = {
    GATEWAY_JWKS_FILE: files.idpJwks[0],
    INTEGRA_GATEWAY_JWKS_FILE: files.gatewayJwks[0],
  };

  const subgraphProcesses = subgraphs.map((s) => ({
    port: ports.get(s.name)!,
    process: start(s.name, 'start:subgraph', [s.name], {
      ...keysEnv,
      [`${s.envPrefix}_PORT`]: String(ports.get(s.name)),
      FUNDING_GRAPH_URL: gatewayUrl,
    }),
  }));
  const registryPort = await freePort();
  const registry = start('registry', 'start:registry', [], {
    ...keysEnv,
    ...urls,
    REGISTRY_PORT: String(registryPort),
  });
  await Promise.all([
    ...subgraphProcesses.map((s) => ready(s.process, s.port)),
    ready(registry, registryPort),
  ]);
  // The supergraph from the file the build carries (dist/schema/supergraph.graphql), routed to these ports.
  const gateway = start('gateway', 'start:gateway', ['--port', String(gatewayPort)], {
    ...urls,
    GATEWAY_JWKS_FILE: files.idpJwks[0],
    GATEWAY_ASSERTION_KEY_FILE: files.assertionKey[0],
  });
  await ready(gateway, gatewayPort);

  // A registered operation (trusted documents are on in production): territories, statistics, services.
  const manifest = JSON.parse(
    readFileSync(path.join(work, 'dist/clients/__generated__/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const query = Object.values(manifest).find((text) => text.includes('query UnaccompaniedMinorsAndServices'));
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { regionCode: '19' } }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data.region.name.text).toBe('Sicilia');
  expect(body.data.region.unaccompaniedMinors).toHaveLength(12);
  expect(body.data.region.services.totalCount).toBeGreaterThan(0);
  expect(body.data.region.services.edges[0].node.municipality.name).toEqual(expect.any(String));

  // The images' HEALTHCHECK command, as each image runs it.
  expect(healthcheck(['gateway'], { GATEWAY_PORT: String(gatewayPort) })).toBe(0);
  expect(healthcheck(['registry'], { REGISTRY_PORT: String(registryPort) })).toBe(0);
  expect(
    healthcheck(['subgraph', 'pilot-actions'], { PILOT_ACTIONS_PORT: String(ports.get('pilot-actions')) }),
  ).toBe(0);

  const exits = started.map(async ({ name, child }) => {
    const [code] = (await once(child, 'exit')) as [number | null];
    return [name, code] as const;
  });
  for (const { child } of started) child.kill('SIGTERM');
  const codes = Object.fromEntries(await Promise.all(exits));
  expect(codes).toEqual(Object.fromEntries(started.map((s) => [s.name, 0])));
  expect(healthcheck(['gateway'], { GATEWAY_PORT: String(gatewayPort) })).toBe(1);
}, 120_000);

it('names the subgraphs of the build when start:subgraph is given none, or one it lacks', () => {
  for (const args of [[], ['culture']]) {
    const result = spawnSync('sh', ['-c', `exec ${pkg.scripts['start:subgraph']} "$@"`, 'sh', ...args], {
      cwd: work,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `It holds ${subgraphs
        .map((s) => s.name)
        .sort()
        .join(', ')}.`,
    );
  }
});
