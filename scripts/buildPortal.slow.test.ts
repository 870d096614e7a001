import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildPortal } from './buildPortal.js';

const outDir = mkdtempSync(path.join(tmpdir(), 'integra-portal-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Builds with NODE_ENV as given (undefined: none), and checks the process gets its own back. */
async function buildUnder(nodeEnv: string | undefined): Promise<void> {
  const before = process.env['NODE_ENV'];
  if (nodeEnv === undefined) delete process.env['NODE_ENV'];
  else process.env['NODE_ENV'] = nodeEnv;
  try {
    expect(await buildPortal({ outDir })).toBe(true);
    expect(process.env['NODE_ENV']).toBe(nodeEnv);
  } finally {
    process.env['NODE_ENV'] = before;
  }
}

it('builds the Portal from npm alone, and leaves the process out of production mode', async () => {
  // As under `npm start`: no NODE_ENV. Vite sets NODE_ENV=production when it builds, and the graph
  // started next would take itself for a production deployment.
  await buildUnder(undefined);
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
  // Every file the page names is its own: nothing from a CDN.
  for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    expect(url!.startsWith('/assets/')).toBe(true);
    expect(existsSync(path.join(outDir, url!))).toBe(true);
  }
}, 60_000);

it("bundles React's production build even when built from a test run (NODE_ENV=test)", async () => {
  await buildUnder('test');
  const scripts = readdirSync(path.join(outDir, 'assets')).filter((file) => file.endsWith('.js'));
  expect(scripts.filter((file) => file.startsWith('jsx-dev-runtime'))).toEqual([]);
  // React's development build names itself in its warnings; the production build has none of them.
  const bundled = scripts.map((file) => readFileSync(path.join(outDir, 'assets', file), 'utf8')).join('\n');
  expect(bundled).not.toContain('jsxDEV');
}, 60_000);
