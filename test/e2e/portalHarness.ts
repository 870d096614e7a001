/**
 * What every browser test of the Portal starts from: the real graph with trusted documents on (as
 * in production: only registered operations run) and the Portal's origin allowed, the built Portal
 * served beside it, and Chromium. Pages open offline but for the Portal and the gateway; each can
 * be checked with axe and photographed into test-output/portal/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { startPortal, type RunningPortal } from '../../portal/server.js';
import { freePort } from '../../scripts/graph.js';
import { launchChromium, offlinePage, type OfflinePage } from '../browser.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-output/portal');

export interface PortalHarness {
  readonly graph: E2EGraph;
  readonly portal: RunningPortal;
  readonly browser: Browser;
  /** Every page opened, with what it tried to load elsewhere and its console problems. */
  readonly pages: OfflinePage[];
  /** A new page of the Portal at `address` (`/it/services`), offline but for the Portal and the gateway. */
  open(address: string, viewport?: { width: number; height: number }): Promise<Page>;
  /**
   * The GraphQL requests a page `open` opened has sent to the gateway so far, by operation name
   * (CORS preflights, which carry no operation, are not counted).
   */
  gatewayRequests(page: Page): readonly string[];
  /** The serious or critical WCAG 2.1 A/AA violations axe finds on the page as it is now. */
  accessible(page: Page): Promise<string[]>;
  /** A full-page screenshot, `test-output/portal/<name>.png`. */
  shot(page: Page, name: string): Promise<Buffer>;
  dispose(): Promise<void>;
}

export async function startPortalHarness(): Promise<PortalHarness> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const portalPort = await freePort();
  const portalOrigin = `http://127.0.0.1:${portalPort}`;
  const [graph, browser] = await Promise.all([
    startE2EGraph({
      env: () => ({ GATEWAY_CORS_ORIGINS: portalOrigin, GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed' }),
    }),
    launchChromium(),
  ]);
  const portal = await startPortal({ port: portalPort, gatewayUrl: graph.gateway.url });
  const origins = [new URL(portal.url).origin, new URL(graph.gateway.url).origin];
  const pages: OfflinePage[] = [];
  const sent = new WeakMap<Page, string[]>();
  return {
    graph,
    portal,
    browser,
    pages,
    async open(address, viewport) {
      const offline = await offlinePage(browser, origins, viewport ? { viewport } : {});
      pages.push(offline);
      const requests: string[] = [];
      sent.set(offline.page, requests);
      offline.page.on('request', (request) => {
        if (!request.url().startsWith(graph.gateway.url) || request.method() === 'OPTIONS') return;
        const body = request.postDataJSON() as { operationName?: string } | null;
        requests.push(body?.operationName ?? new URL(request.url()).searchParams.get('operationName') ?? '?');
      });
      await offline.page.goto(`${portal.url}${address}`);
      return offline.page;
    },
    gatewayRequests: (page) => sent.get(page) ?? [],
    async accessible(page) {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    shot: (page, name) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true }),
    async dispose() {
      await browser.close();
      await portal.close();
      await graph.dispose();
    },
  };
}

/**
 * The harness as the Portal's test modules receive it: handed out while the suite is collected,
 * usable once `start()` (in a `beforeAll`) has resolved; `dispose()` stops what started.
 */
export function portalHarnessToStart(): PortalHarness & { start(): Promise<void> } {
  let started: PortalHarness | undefined;
  const now = () => {
    if (!started) throw new Error('the Portal harness is used before it has started');
    return started;
  };
  return {
    get graph() {
      return now().graph;
    },
    get portal() {
      return now().portal;
    },
    get browser() {
      return now().browser;
    },
    get pages() {
      return now().pages;
    },
    open: (address, viewport) => now().open(address, viewport),
    gatewayRequests: (page) => now().gatewayRequests(page),
    accessible: (page) => now().accessible(page),
    shot: (page, name) => now().shot(page, name),
    dispose: async () => started?.dispose(),
    async start() {
      started = await startPortalHarness();
    },
  };
}
