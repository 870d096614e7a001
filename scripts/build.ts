/**
 * `npm run build`: the production build. Compiles the server code with tsc (tsconfig.build.json)
 * into dist/, laid out as the repository is, copies beside it the files that code reads at run time
 * through paths relative to its own module (`import.meta.url`), and builds the explorer the gateway
 * serves and the Portal. Then `node dist/...` runs every process on the packages of
 * `npm ci --omit=dev` alone (docs/operators.md, "Production build and deployment").
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildExplorer } from './buildExplorer.js';
import { buildPortal } from './buildPortal.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const distDir = path.join(root, 'dist');

/** A file or folder the build copies into dist/, at the same relative path, and who reads it. */
export interface RuntimeFile {
  readonly path: string;
  readonly readBy: string;
}

/** Every file the compiled code reads at run time, relative to the repository (and to dist/). */
export function runtimeFiles(): RuntimeFile[] {
  const subgraphDirs = readdirSync(path.join(root, 'subgraphs')).filter((name) =>
    existsSync(path.join(root, 'subgraphs', name, 'src', 'main.ts')),
  );
  const schemaFiles = readdirSync(path.join(root, 'schema')).filter((file) => file.endsWith('.graphql'));
  return [
    ...subgraphDirs.map((name) => ({
      path: `subgraphs/${name}/schema.graphql`,
      readBy: 'the subgraph (its SDL), the registry (its first seed)',
    })),
    ...schemaFiles.map((file) => ({
      path: `schema/${file}`,
      readBy: 'the gateway (supergraph.graphql, its default supergraph)',
    })),
    {
      path: 'clients/__generated__/persisted-documents.json',
      readBy: 'the gateway (trusted documents), the registry (operations registered at start)',
    },
    { path: 'clients/operations', readBy: "the gateway's explorer (its example tabs)" },
    { path: 'gateway/explorer/dist', readBy: "the gateway's explorer (its bundle)" },
    // The Dockerfiles leave the private keys out of the images.
    {
      path: 'dev-keys',
      readBy: 'every process: the keys in development, their key ids to refuse in production',
    },
  ];
}

function compile(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed (exit ${result.status})`);
}

/**
 * The files the compiled modules name relative to themselves (`new URL('../x', import.meta.url)`)
 * that dist/ lacks: a new one read at run time and not yet in `runtimeFiles()`.
 */
export function missingRelativeFiles(dir: string = distDir): string[] {
  const missing: string[] = [];
  const modules = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  for (const file of modules) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    const base = pathToFileURL(path.join(dir, file));
    for (const [, target] of source.matchAll(/new URL\(['"](\.{1,2}\/[^'"]*)['"],\s*import\.meta\.url\)/g)) {
      if (!existsSync(new URL(target!, base))) missing.push(`${file}: ${target}`);
    }
  }
  return missing;
}

/** Builds dist/ from scratch, and the explorer and the Portal when their outputs are stale. */
export async function build(): Promise<void> {
  rmSync(distDir, { recursive: true, force: true });
  compile();
  if (await buildExplorer({ ifStale: true })) console.log('Built the explorer.');
  if (await buildPortal({ ifStale: true })) console.log('Built the Portal into portal/dist.');
  for (const file of runtimeFiles()) {
    cpSync(path.join(root, file.path), path.join(distDir, file.path), { recursive: true });
  }
  const missing = missingRelativeFiles();
  if (missing.length > 0)
    throw new Error(`dist/ lacks files the code reads (add them to runtimeFiles()):\n${missing.join('\n')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  await build();
  console.log(
    `Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s: start it with node (npm run start:*).`,
  );
}
