/**
 * The explorer: GraphiQL, bundled from npm into gateway/explorer/dist (`npm run build:explorer`),
 * served to a browser's GET of `/graphql` (one that prefers HTML and carries no `query`), its files
 * under `/explorer/`. On in development; in production only with `GATEWAY_EXPLORER=true`. The page
 * loads nothing from elsewhere, and its Content-Security-Policy says so. It opens on the example
 * operations (clients/operations), or with trusted documents on the registered ones, with a notice.
 * GraphQL GETs (with a `query`, or asking for JSON) go on to Apollo Server untouched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request } from 'express';
import { introspectionFromSchema, type GraphQLSchema } from 'graphql';
import { explorerAssetsDir } from '../../explorer/assets.js';
import type { ExplorerSettings, ExplorerTab } from '../../explorer/src/settings.js';
import type { TrustedDocumentsConfig } from '../config.js';
import type { GatewayPlugin } from '../plugin.js';
import { loadManifest, type Manifest } from './trustedDocuments.js';

const exampleOperationsDir = fileURLToPath(new URL('../../../clients/operations', import.meta.url));

export interface ExplorerPluginOptions {
  /** `GATEWAY_EXPLORER`. @default true in development, false in production (config.ts) */
  readonly enabled: boolean;
  /** With a manifest, the tabs are its operations and the page says only they run. */
  readonly trustedDocuments: TrustedDocumentsConfig;
  /**
   * In allow-listed mode, the operations the gateway runs now (the manifest and those registered with
   * the registry since): the tabs. @default the manifest file, read at start
   */
  readonly trustedOperations?: () => Manifest;
  /** The documentation explorer gets the schema only where the gateway answers introspection. */
  readonly introspection: boolean;
  /** The example operations, one `.graphql` file each. @default clients/operations */
  readonly operationsDir?: string;
  /** The built bundle. @default gateway/explorer/dist */
  readonly assetsDir?: string;
}

/**
 * Only the gateway's own files. Fonts and images are `data:` URLs inside GraphiQL's stylesheet;
 * no `'unsafe-inline'` (GraphiQL sets styles through the DOM, which the policy allows;
 * test/e2e/explorer.e2e.ts fails on any violation Chromium reports).
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Integra explorer</title>
    <link rel="stylesheet" href="/explorer/main.css" />
    <script type="module" src="/explorer/main.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

const NOT_BUILT = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Integra explorer not built</title></head>
  <body>
    <h1>The explorer is not built</h1>
    <p>Its files are missing from gateway/explorer/dist. Run <code>npm run build:explorer</code>, then reload.</p>
  </body>
</html>
`;

/** What Apollo Server's own landing page answers to: a browser preferring HTML over GraphQL's types. */
function wantsPage(req: Request): boolean {
  if (new URL(req.originalUrl, 'http://gateway').searchParams.has('query')) return false;
  const preferred = req.accepts([
    'application/json',
    'application/graphql-response+json',
    'multipart/mixed',
    'text/html',
  ]);
  return preferred === 'text/html';
}

/** Orders the tabs: queries before mutations (a first click reads, never writes), then by name. */
function sortKey(text: string): string {
  const [, kind = 'z', name = ''] = /\b(query|mutation|subscription)\s+(\w+)/.exec(text) ?? [];
  return `${kind === 'query' ? 0 : 1} ${name}`;
}

function tabsOf(options: ExplorerPluginOptions, trusted: Manifest | undefined): ExplorerTab[] {
  const texts = trusted
    ? [...trusted.values()]
    : readdirSync(options.operationsDir ?? exampleOperationsDir)
        .filter((file) => file.endsWith('.graphql'))
        .map((file) => readFileSync(path.join(options.operationsDir ?? exampleOperationsDir, file), 'utf8'));
  return texts.sort((a, b) => sortKey(a).localeCompare(sortKey(b))).map((query) => ({ query }));
}

function security(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', EXPLORER_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

export function explorerPlugin(options: ExplorerPluginOptions): GatewayPlugin {
  if (!options.enabled) return { name: 'explorer' };
  const assetsDir = options.assetsDir ?? explorerAssetsDir;
  const { trustedDocuments: mode } = options;
  const trustedDocuments = mode.mode !== 'off';
  // With trusted documents the tabs are the list the gateway enforces, which grows as clients
  // register operations; otherwise the example operations, read once.
  const fromFile = mode.mode === 'allow-listed' ? loadManifest(mode.manifestPath) : undefined;
  const trusted = trustedDocuments ? (options.trustedOperations ?? (() => fromFile)) : () => undefined;
  let schema: GraphQLSchema | undefined;
  // The settings as JSON, rebuilt when the supergraph or the trusted list changes (each is swapped whole).
  let built: { schema?: GraphQLSchema; list?: Manifest; json: string } | undefined;
  function settingsJson(): string {
    const list = trusted();
    if (built && built.schema === schema && built.list === list) return built.json;
    const shown = options.introspection && schema ? introspectionFromSchema(schema) : null;
    const settings: ExplorerSettings = {
      endpoint: '/graphql',
      trustedDocuments,
      tabs: tabsOf(options, list),
      schema: shown,
    };
    built = { schema, list, json: JSON.stringify(settings) };
    return built.json;
  }
  return {
    name: 'explorer',
    routes: (app) => {
      app.get('/graphql', (req, res, next) => {
        if (!wantsPage(req)) return next();
        security(res);
        res.setHeader('Cache-Control', 'no-store');
        if (!existsSync(path.join(assetsDir, 'main.js'))) {
          res.status(503).type('html').send(NOT_BUILT);
          return;
        }
        res.type('html').send(PAGE);
      });
      app.get('/explorer/settings.json', (_req, res) => {
        security(res);
        res.setHeader('Cache-Control', 'no-store');
        res.type('json').send(settingsJson());
      });
      app.use(
        '/explorer',
        express.static(assetsDir, {
          index: false,
          setHeaders: security,
        }),
      );
    },
    apollo: {
      async serverWillStart() {
        return {
          schemaDidLoadOrUpdate({ apiSchema }) {
            schema = apiSchema;
          },
        };
      },
    },
  };
}
