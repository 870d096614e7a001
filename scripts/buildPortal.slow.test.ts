import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildPortal } from './buildPortal.js';

const outDir = mkdtempSync(path.join(tmpdir(), 'integra-portal-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('builds the Portal from npm alone, and leaves the process out of production mode', async () => {
  // As under `npm start`: no NODE_ENV. Vite sets NODE_ENV=production when it builds, and the graph
  // started next would take itself for a production deployment.
  const before = process.env['NODE_ENV'];
  delete process.env['NODE_ENV'];
  try {
    expect(await buildPortal({ outDir })).toBe(true);
    expect(process.env['NODE_ENV']).toBeUndefined();
  } finally {
    process.env['NODE_ENV'] = before;
  }
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
  // Every file the page names is its own: nothing from a CDN.
  for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    expect(url!.startsWith('/assets/')).toBe(true);
    expect(existsSync(path.join(outDir, url!))).toBe(true);
  }
}, 60_000);
