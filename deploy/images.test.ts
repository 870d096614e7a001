/**
 * The images' recipes (deploy/*.Dockerfile, .dockerignore) and the deployment's keys
 * (deploy/keys.ts). No Docker here: each Dockerfile is read for what an operator relies on, built
 * with devDependencies and run without them, as production, not as root, health-checked, and
 * started by the same command as package.json's start script.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { IMAGE_ENV } from './configReads.js';
import { writeDeploymentKeys } from './keys.js';

const root = path.resolve(import.meta.dirname, '..');
const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<
  string,
  string
>;
const KINDS = ['gateway', 'registry', 'subgraph'] as const;

/** A Dockerfile's stages, each its instructions with continuation lines joined. */
function stagesOf(kind: string): string[][] {
  const text = readFileSync(path.join(import.meta.dirname, `${kind}.Dockerfile`), 'utf8');
  const instructions = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' '))
    .filter((line) => line && !line.startsWith('#'));
  const stages: string[][] = [];
  for (const instruction of instructions)
    if (instruction.startsWith('FROM ')) stages.push([instruction]);
    else stages.at(-1)?.push(instruction);
  return stages;
}

describe.each(KINDS)('the %s image', (kind) => {
  const stages = stagesOf(kind);
  const runtime = stages.at(-1)!;
  const stageRunning = (command: RegExp) =>
    stages.find((stage) => stage.some((i) => i.startsWith('RUN ') && command.test(i)));

  it('is built with devDependencies by npm run build, without the development private keys', () => {
    const build = stageRunning(/\bnpm run build\b/);
    expect(build?.[0]).toMatch(/ AS build$/);
    expect(stages.some((stage) => stage.some((i) => /^RUN npm ci --no-audit --no-fund$/.test(i)))).toBe(true);
    expect(build).toContain('RUN npm run build && rm dist/dev-keys/*/private-key.jwk.json');
  });

  it('runs on the packages of npm ci --omit=dev alone, from a slim image, as production and not as root', () => {
    const packages = stageRunning(/^RUN npm ci --omit=dev\b/);
    const name = / AS (\S+)$/.exec(packages?.[0] ?? '')?.[1];
    expect(runtime[0]).toMatch(/^FROM node:\$\{NODE_VERSION\}-bookworm-slim$/);
    expect(runtime).toContain(`COPY --from=${name} /app/node_modules ./node_modules`);
    const env = Object.fromEntries(
      runtime
        .filter((i) => i.startsWith('ENV '))
        .flatMap((i) => i.slice(4).split(' '))
        .map((pair) => pair.split('=')),
    );
    expect(env).toEqual(IMAGE_ENV);
    const user = runtime.filter((i) => i.startsWith('USER ')).at(-1);
    expect(user).toMatch(/^USER [1-9]\d*:[1-9]\d*$/);
  });

  it("checks its health on /health, and starts as package.json's start script does", () => {
    expect(runtime).toContainEqual(expect.stringMatching(/^HEALTHCHECK (--\S+ )+CMD \[.+\]$/));
    const healthcheck = runtime.find((i) => i.startsWith('HEALTHCHECK '))!;
    expect(JSON.parse(healthcheck.slice(healthcheck.indexOf('CMD ') + 4))).toEqual([
      'node',
      'dist/scripts/healthcheck.js',
      kind,
    ]);
    const cmd = runtime.find((i) => i.startsWith('CMD '))!;
    // The start script with its shell defaults taken (`${GATEWAY_SEMI_SPACE_MIB:-32}`).
    const script = scripts[`start:${kind}`]!.replace(/\$\{\w+:-([^}]*)\}/g, '$1');
    expect((JSON.parse(cmd.slice(4)) as string[]).join(' ')).toBe(script);
  });
});

describe('the build context', () => {
  const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const matches = (file: string) =>
    ignored.some((p) => !p.includes('*') && (file === p || file.startsWith(`${p}/`)));

  it('leaves out installed packages, builds, local data, secrets and history', () => {
    for (const p of ['**/node_modules', 'dist', 'data', 'deploy/secrets', '.git'])
      expect(ignored).toContain(p);
  });

  it('keeps what npm run build reads', () => {
    const build = JSON.parse(
      readFileSync(path.join(root, 'tsconfig.build.json'), 'utf8').replace(/^\s*\/\/.*$/gm, ''),
    ) as { include: string[] };
    const read = [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'scripts/build.ts',
      'portal/src',
      'clients/src',
      'clients/operations',
      'gateway/explorer/src',
      'dev-keys',
      ...build.include.map((p) => p.replace(/\/\*.*$/, '')),
    ];
    expect(read.filter(matches)).toEqual([]);
  });
});

describe('the deployment keys', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'integra-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are the pairs the compose file and the Kubernetes manifests name, written once', async () => {
    const written = await writeDeploymentKeys(dir);
    const read = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    for (const [privateKey, jwks] of [
      ['gateway-assertion.jwk.json', 'gateway-jwks.json'],
      ['identity-provider.jwk.json', 'identity-provider-jwks.json'],
    ] as const) {
      expect(read(privateKey).d).toEqual(expect.any(String));
      const [publicKey] = read(jwks).keys;
      expect(publicKey).toMatchObject({ kid: read(privateKey).kid, alg: 'ES256', use: 'sig' });
      expect(publicKey.d).toBeUndefined();
    }
    const compose = parse(readFileSync(path.join(import.meta.dirname, 'compose.yaml'), 'utf8'), {
      merge: true,
    });
    const files = Object.values<any>(compose.secrets).map((s) => path.basename(s.file));
    expect(written).toEqual(expect.arrayContaining(files));
    expect(await writeDeploymentKeys(dir)).toEqual([]);
  });
});
