/**
 * The explorer in a real browser (Debian's Chromium through playwright-core), offline: every request
 * to another origin is aborted and recorded, and none may be attempted. The page opens on the
 * example operations, runs one, and shows its answer; with trusted documents it says so. A page of
 * another origin calls the graph with fetch: answered when its origin is allowed, blocked by the
 * browser when it is not. Without
 * /usr/bin/chromium the suite is skipped with a visible message, except under `CI=true`, where it fails.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../../scripts/graph.js';
import { describeWithChromium, launchChromium, offlinePage as offline } from '../browser.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

// A run that GraphiQL sent under the previous tab's operation name is answered 400 and repeated
// (runTab); the answer shown is checked, so that one console line is not a problem of the page.
const RUN_TOO_EARLY = /^Failed to load resource: the server responded with a status of 400 \(Bad Request\)$/;

/** A page that may reach `origin` only: what it tried elsewhere, and what the browser refused or threw. */
const offlinePage = (browser: Browser, origin: string) =>
  offline(browser, [origin], { ignoreConsole: RUN_TOO_EARLY });

/** The GraphiQL tab whose operation is `name` (exactly: `PortalRegionDashboard` is not `RegionDashboard`). */
const tab = (page: Page, name: string) =>
  page
    .getByRole('tab')
    .filter({ has: page.locator('.graphiql-tab-button', { hasText: new RegExp(`^${name}$`) }) });

/**
 * Opens the tab of operation `name` and runs it, as a user would: GraphiQL takes the operation's name
 * from the editor a moment after the tab shows it, and a run before then asks for the previous tab's
 * operation, so the run is repeated until the answer is this operation's (no data, or no error naming
 * another operation). Returns the result pane.
 */
async function runTab(page: Page, name: string) {
  await tab(page, name).locator('.graphiql-tab-button').click();
  await expect.poll(() => page.locator('.graphiql-query-editor').innerText()).toContain(`query ${name}`);
  const result = page.locator('section.result-window');
  await expect
    .poll(
      async () => {
        await page.locator('button.graphiql-execute-button').click();
        await expect.poll(() => result.innerText(), { timeout: 10_000 }).toMatch(/"(data|errors)"/);
        return result.innerText();
      },
      { timeout: 30_000, interval: 1000 },
    )
    .not.toMatch(/Unknown operation named/);
  return result;
}

describeWithChromium('the explorer in a browser, offline', () => {
  let graph: E2EGraph;
  let browser: Browser;

  beforeAll(async () => {
    [graph, browser] = await Promise.all([startE2EGraph(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await graph?.dispose();
  });

  it('opens on the example operations, runs one and shows its answer', async () => {
    const origin = new URL(graph.gateway.url).origin;
    const { page, offsite, problems } = await offlinePage(browser, origin);
    await page.goto(`${origin}/graphql`);
    await expect.poll(() => tab(page, 'RegionDashboard').count(), { timeout: 20_000 }).toBe(1);
    expect(await tab(page, 'TurinServicesByLanguage').count()).toBe(1);
    expect(await tab(page, 'CreateService').count()).toBe(1);
    await expect.poll(() => page.getByText('npm run token').count()).toBe(1);
    expect(await page.getByText('Trusted documents').count()).toBe(0);

    const result = await runTab(page, 'RegionDashboard');
    // Lombardy's dashboard, named in the browser's language.
    expect(await result.innerText()).toMatch(/"name": \{\s*"text": "Lombard/);
    expect(await result.innerText()).toContain('"serviceCountsByArea"');

    // The documentation explorer reads the schema the gateway handed over.
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await expect.poll(() => page.getByText('Root Types').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('with trusted documents, says only the registered operations run, and runs them', async () => {
    const trusted = await graph.startGateway(await freePort(), { GATEWAY_TRUSTED_DOCUMENTS: 'allow-listed' });
    const origin = new URL(trusted.url).origin;
    const { page, offsite, problems } = await offlinePage(browser, origin);
    await page.goto(`${origin}/graphql`);
    await expect
      .poll(
        () => page.getByText(/Trusted documents: this gateway runs only the registered operations/).count(),
        {
          timeout: 20_000,
        },
      )
      .toBe(1);
    expect(await (await runTab(page, 'RegionDashboard')).innerText()).toMatch(
      /"name": \{\s*"text": "Lombard/,
    );
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets a page from an allowed origin call the graph with fetch, and the browser blocks another', async () => {
    // Two origins other than the gateway's, both on this machine: the browser resolves them to 127.0.0.1.
    const site: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>A portal</title>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const sitePort = (site.address() as AddressInfo).port;
    const allowed = `http://portal.example:${sitePort}`;
    const gateway = await graph.startGateway(await freePort(), { GATEWAY_CORS_ORIGINS: allowed });
    const mapped = await launchChromium([
      '--host-resolver-rules=MAP portal.example 127.0.0.1, MAP elsewhere.example 127.0.0.1',
    ]);
    try {
      const call = async (origin: string) => {
        const page = await mapped.newPage();
        await page.goto(`${origin}/`);
        const outcome = await page.evaluate(async (url) => {
          try {
            // JSON makes this a request the browser preflights.
            const response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: '{ region(code: "03") { code } }' }),
            });
            return { answered: await response.json() };
          } catch (error) {
            return { blocked: String(error) };
          }
        }, gateway.url);
        await page.close();
        return outcome;
      };
      expect(await call(allowed)).toEqual({ answered: { data: { region: { code: '03' } } } });
      expect(await call(`http://elsewhere.example:${sitePort}`)).toEqual({
        blocked: expect.stringMatching(/Failed to fetch/),
      });
    } finally {
      await mapped.close();
      await new Promise((resolve) => site.close(resolve));
    }
  });
});
