/**
 * `npm run build:portal`: builds the Portal (portal/, Vite) into portal/dist, everything it loads
 * bundled from npm. `npm start` and the browser tests call `buildPortal({ ifStale: true })`, which
 * builds only when the output is missing or older than its sources, the client kit's operations
 * or the installed packages. Prints the size of what the first page loads.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { portalDist, portalRoot } from '../portal/server.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
}

function newestSourceMs(): number {
  const files = [
    ...filesUnder(path.join(portalRoot, 'src')),
    path.join(portalRoot, 'index.html'),
    path.join(portalRoot, 'vite.config.ts'),
    ...filesUnder(path.join(root, 'clients', 'src')),
    path.join(root, 'clients', '__generated__', 'operations.ts'),
    // The lock file stands for the installed packages: an upgrade rebuilds.
    path.join(root, 'package-lock.json'),
    fileURLToPath(import.meta.url),
  ];
  return Math.max(...files.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
}

/** True when the build is missing or older than a source. */
export function portalIsStale(): boolean {
  const index = path.join(portalDist, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newestSourceMs();
}

/** Builds the Portal; with `ifStale`, only when `portalIsStale()`. Resolves whether it built. */
export async function buildPortal(
  options: { readonly ifStale?: boolean; /** @default portal/dist */ readonly outDir?: string } = {},
): Promise<boolean> {
  if (options.ifStale && !portalIsStale()) return false;
  // Built beside the output and swapped in whole: a server serving the old build (or another
  // build running at the same time) never sees a half-written folder.
  const target = options.outDir ?? portalDist;
  const staging = `${target}.building-${process.pid}-${Date.now()}`;
  // The Portal is built for production whatever this process runs as: Vite takes an inherited
  // NODE_ENV (vitest's `test`) over its mode and would bundle React's development build. Vite also
  // leaves NODE_ENV=production behind, and the graph this process may start next (npm start, the
  // tests) must not take itself for a production deployment: the value is put back.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: path.join(portalRoot, 'vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
      build: { outDir: staging, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  const previous = `${staging}.previous`;
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
  return true;
}

/**
 * What the first page loads before it draws: the scripts and style sheets `index.html` names (the
 * entry and the chunks it preloads), raw and gzipped, in bytes. Fonts and icons come later.
 */
export function firstPageWeight(): { js: number; jsGzip: number; css: number; cssGzip: number } {
  const html = readFileSync(path.join(portalDist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const weight = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
  for (const file of files) {
    const bytes = readFileSync(path.join(portalDist, file));
    const kind = file.endsWith('.js') ? 'js' : 'css';
    weight[kind] += bytes.length;
    weight[`${kind}Gzip`] += gzipSync(bytes).length;
  }
  return weight;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildPortal();
  const { js, jsGzip, css, cssGzip } = firstPageWeight();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`built ${path.relative(root, portalDist)}`);
  console.log(
    `first page: JavaScript ${kb(js)} (${kb(jsGzip)} gzipped, budget 300 KB), CSS ${kb(css)} (${kb(cssGzip)} gzipped)`,
  );
}
