/**
 * `npm run build:explorer`: bundles the gateway's explorer (gateway/explorer/src, GraphiQL from
 * npm) with esbuild into gateway/explorer/dist: `main.js` and `main.css`, fonts and images inlined,
 * so the page loads nothing but the gateway's own files. `npm start` and the tests call
 * `buildExplorer({ ifStale: true })`, which builds only when the output is missing or older than
 * its sources or the installed packages.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { explorerAssetsDir, explorerSourceDir } from '../gateway/explorer/assets.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outputs = ['main.js', 'main.css'].map((name) => path.join(explorerAssetsDir, name));

function newestSourceMs(): number {
  const files = readdirSync(explorerSourceDir, { recursive: true, encoding: 'utf8' }).map((f) =>
    path.join(explorerSourceDir, f),
  );
  // The lock file stands for the installed GraphiQL and React: an upgrade rebuilds.
  files.push(path.join(root, 'package-lock.json'), fileURLToPath(import.meta.url));
  return Math.max(...files.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
}

/** True when an output is missing or older than a source. */
export function explorerIsStale(): boolean {
  if (!outputs.every((f) => existsSync(f))) return true;
  const oldestOutput = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  return oldestOutput < newestSourceMs();
}

/** Bundles the explorer; with `ifStale`, only when `explorerIsStale()`. Resolves whether it built. */
export async function buildExplorer(options: { readonly ifStale?: boolean } = {}): Promise<boolean> {
  if (options.ifStale && !explorerIsStale()) return false;
  await build({
    entryPoints: { main: path.join(explorerSourceDir, 'main.tsx') },
    outdir: explorerAssetsDir,
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // GraphiQL's stylesheet carries its fonts; they ship inside main.css, never from elsewhere.
    loader: {
      '.woff2': 'dataurl',
      '.woff': 'dataurl',
      '.ttf': 'dataurl',
      '.png': 'dataurl',
      '.svg': 'dataurl',
    },
    // The fetcher imports graphql-ws only for subscriptions over a websocket URL, which the explorer never passes.
    external: ['graphql-ws'],
    logLevel: 'warning',
  });
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  await buildExplorer();
  console.log(`Explorer built into ${path.relative(root, explorerAssetsDir)} in ${Date.now() - started} ms.`);
}
