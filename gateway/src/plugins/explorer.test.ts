import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { explorerAssetsDir } from '../../explorer/assets.js';
import type { ExplorerSettings } from '../../explorer/src/settings.js';
import { persistedDocumentsPath } from '../config.js';
import { regionGateways } from '../testing/harness.js';
import { EXPLORER_CSP, explorerPlugin } from './explorer.js';

const gateways = regionGateways('Lombardia');
afterAll(() => gateways.dispose());

/** What a browser sends when it opens a URL. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const browserGet = (origin: string) => fetch(`${origin}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
const operationFiles = (await readdir('clients/operations')).filter((f) => f.endsWith('.graphql'));

describe('in development', () => {
  it('serves the explorer to a browser, under a Content-Security-Policy of its own origin', async () => {
    const { origin } = await gateways.start();
    const page = await browserGet(origin);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(EXPLORER_CSP).toMatch(/^default-src 'self';/);
    expect(EXPLORER_CSP).not.toMatch(/unsafe|https?:|\*/);
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/explorer/main.js"></script>');
    expect(html).toContain('<link rel="stylesheet" href="/explorer/main.css" />');
    expect(html).not.toMatch(/https?:/); // every link is the gateway's
    expect(html).not.toMatch(/<script>|<script type="module">|<style/); // nothing inline
  });

  it('serves the bundle with its content types', async () => {
    const { origin } = await gateways.start();
    const js = await fetch(`${origin}/explorer/main.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(js.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    const css = await fetch(`${origin}/explorer/main.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect((await fetch(`${origin}/explorer/../package.json`)).status).toBe(404);
  });

  it('opens on the example operations, with the schema for the documentation explorer', async () => {
    const { origin } = await gateways.start();
    const response = await fetch(`${origin}/explorer/settings.json`);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const settings = (await response.json()) as ExplorerSettings;
    expect(settings.endpoint).toBe('/graphql');
    expect(settings.trustedDocuments).toBe(false);
    const examples = await Promise.all(
      operationFiles.map((f) => readFile(`clients/operations/${f}`, 'utf8')),
    );
    expect(settings.tabs.map((t) => t.query).sort()).toEqual(examples.sort());
    const types = settings.schema?.__schema.types.map((t) => t.name);
    expect(types).toContain('Region');
  });

  it('leaves GraphQL GETs to the GraphQL endpoint', async () => {
    const { origin } = await gateways.start();
    const query = encodeURIComponent('{ region(code: "03") { name } }');
    for (const accept of [BROWSER_ACCEPT, 'application/json', 'application/graphql-response+json']) {
      const response = await fetch(`${origin}/graphql?query=${query}`, {
        headers: { accept, 'apollo-require-preflight': 'true' },
      });
      expect(response.headers.get('content-type')).toMatch(/json/);
      expect(await response.json()).toEqual({ data: { region: { name: 'Lombardia' } } });
    }
    const json = await fetch(`${origin}/graphql`, { headers: { accept: 'application/json' } });
    expect(json.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(json.status).toBe(400);
  });
});

describe('with trusted documents', () => {
  it('says so, and opens on the registered operations', async () => {
    const { origin } = await gateways.start({ GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed' });
    const settings = (await (await fetch(`${origin}/explorer/settings.json`)).json()) as ExplorerSettings;
    expect(settings.trustedDocuments).toBe(true);
    const manifest = JSON.parse(await readFile(persistedDocumentsPath, 'utf8')) as Record<string, string>;
    expect(settings.tabs.map((t) => t.query).sort()).toEqual(Object.values(manifest).sort());
  });
});

describe('in production', () => {
  it('serves no explorer unless GATEWAY_EXPLORER=true', async () => {
    const off = await gateways.start({ NODE_ENV: 'production' });
    const refused = await browserGet(off.origin);
    expect(refused.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect((await fetch(`${off.origin}/explorer/main.js`)).status).toBe(404);
    expect((await fetch(`${off.origin}/explorer/settings.json`)).status).toBe(404);

    const on = await gateways.start({ NODE_ENV: 'production', GATEWAY_EXPLORER: 'true' });
    const page = await browserGet(on.origin);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    // Trusted documents are on in production, and introspection off: no schema is handed out.
    const settings = (await (await fetch(`${on.origin}/explorer/settings.json`)).json()) as ExplorerSettings;
    expect(settings).toMatchObject({ trustedDocuments: true, schema: null });
  });
});

it('names the command that builds the explorer when its files are missing', async () => {
  const empty = await mkdtemp(path.join(tmpdir(), 'integra-explorer-'));
  const app = express();
  explorerPlugin({
    enabled: true,
    trustedDocuments: { mode: 'off' },
    introspection: true,
    assetsDir: empty,
  }).routes?.(app);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const page = await browserGet(`http://127.0.0.1:${port}`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build:explorer');
  } finally {
    server.close();
    await rm(empty, { recursive: true, force: true });
  }
});

describe('the bundle', () => {
  const css = readFile(path.join(explorerAssetsDir, 'main.css'), 'utf8');
  const js = readFile(path.join(explorerAssetsDir, 'main.js'), 'utf8');

  it('loads fonts and images from itself: no @import, every url() a data: URL', async () => {
    const text = await css;
    expect(text).not.toMatch(/@import/);
    const urls = [...text.matchAll(/url\(\s*["']?([^"')\s]*)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u?.startsWith('data:'))).toEqual([]);
  });

  it('points no script, stylesheet, import or request at another origin', async () => {
    const text = await js;
    // The bundle holds URLs as text and as links a reader may follow (<a href>: GraphiQL's logo,
    // CodeMirror's manual); none is loaded by the page. The browser test sees no request leave.
    const loads = [
      /\bsrc\s*[=:]\s*["'`]\s*(?:https?:)?\/\/[^"'`]*/g,
      /\("(?:link|script|img|iframe|source|object|embed)",\{[^}]*?\bhref:\s*["'`](?:https?:)?\/\/[^"'`]*/g,
      /\.(?:href|src)\s*=\s*["'`](?:https?:)?\/\/[^"'`]*/g,
      /\bimport\(\s*["'`](?:https?:)?\/\/[^"'`]*/g,
      /\bfetch\(\s*["'`](?:https?:)?\/\/[^"'`]*/g,
      /url\(\s*["']?(?:https?:)?\/\/[^"')]*/g,
      /@import\s+["'](?:https?:)?\/\/[^"']*/g,
      /(?:cdn\.jsdelivr\.net|unpkg\.com|esm\.sh|cdnjs\.cloudflare\.com|fonts\.(?:googleapis|gstatic)\.com|embeddable-sandbox|apollographql\.com)/g,
    ];
    expect(loads.flatMap((pattern) => text.match(pattern) ?? [])).toEqual([]);
  });
});
