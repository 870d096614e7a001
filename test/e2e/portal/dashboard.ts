/**
 * The Portal's region dashboard in a real browser (Debian's Chromium), over the real graph with
 * trusted documents on, offline but for the Portal and the gateway: for Lombardy it shows what the
 * gateway answers to the same operation (active actions, indicators' progress, money by source,
 * last visits); an operator who signs in with a partner's token carrying monitoring:read sees the
 * visits' findings, and after signing out neither the findings nor the token are anywhere in the
 * browser's storage. Axe finds no serious or critical violation. Screenshot:
 * test-output/portal/dashboard.png (not committed).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PortalRegionDashboardDocument,
  type PortalRegionDashboardQuery,
} from '../../../clients/__generated__/operations.js';
import { offlinePage, type OfflinePage } from '../../browser.js';
import { bearer } from '../../tokens.js';
import { SCREENSHOTS, type PortalHarness } from '../portalHarness.js';

const LOMBARDY = { regionCode: '03', withRegion: true, lang: 'IT' } as const;

type Action = NonNullable<PortalRegionDashboardQuery['region']>['pilotActions']['edges'][number]['node'];

export function dashboardPage(harness: PortalHarness): void {
  const { accessible } = harness;
  describe('the Portal’s region dashboard in a browser', () => {
    let offline: OfflinePage;

    beforeAll(async () => {
      const origins = [new URL(harness.portal.url).origin, new URL(harness.graph.gateway.url).origin];
      offline = await offlinePage(harness.browser, origins);
      harness.pages.push(offline);
    });

    /** `values` formatted by the page's own Intl, as the page formats them. */
    const formatted = (page: Page, values: readonly number[], options: Intl.NumberFormatOptions) =>
      page.evaluate(([v, o]) => v.map((x) => new Intl.NumberFormat('it', o).format(x)), [
        values,
        options,
      ] as const);

    /** What one action's card shows, read from the page. */
    const shown = (page: Page, id: string) =>
      page.locator(`[data-action-id="${id}"]`).evaluate((card) => ({
        behind: card.getAttribute('data-behind'),
        indicators: [...card.querySelectorAll('[data-indicator-id]')].map((li) => ({
          id: li.getAttribute('data-indicator-id'),
          progress: li.getAttribute('data-progress'),
          text: li.querySelector('[data-testid="progress-text"]')?.textContent ?? null,
          behind: li.querySelector('[data-testid="indicator-behind"]') !== null,
        })),
        funding: [...card.querySelectorAll('[data-testid="funding"] tr[data-source-id]')].map((tr) => ({
          source: tr.getAttribute('data-source-id'),
          committed: tr.querySelector('[data-committed]')?.getAttribute('data-committed'),
          spent: tr.querySelector('[data-spent]')?.getAttribute('data-spent'),
          texts: [...tr.querySelectorAll('td')].map((td) => td.textContent),
        })),
        visit: card.querySelector('[data-visit-id]')?.getAttribute('data-visit-id') ?? null,
        findings: card.querySelector('[data-testid="findings"] p')?.textContent ?? null,
      }));

    async function expectShows(page: Page, action: Action) {
      const progress = action.indicators.map((i) => i.progress ?? 0);
      const percents = await formatted(page, progress, { style: 'percent', maximumFractionDigits: 0 });
      const lines = [...action.funding.bySource, { ...action.funding, fundingSource: { id: 'total' } }];
      const euros = await formatted(
        page,
        lines.flatMap((l) => [Number(l.committed), Number(l.spent)]),
        { style: 'currency', currency: 'EUR' },
      );
      expect(await shown(page, action.id)).toMatchObject({
        behind: String(action.behindTarget),
        indicators: action.indicators.map((i, n) => ({
          id: i.id,
          progress: i.progress === null ? '' : String(i.progress),
          text: i.progress === null ? null : percents[n],
          behind: i.behindTarget,
        })),
        funding: lines.map((l, n) => ({
          source: l.fundingSource.id,
          committed: l.committed,
          spent: l.spent,
          texts: [euros[2 * n], euros[2 * n + 1]],
        })),
        visit: action.lastMonitoringVisit?.id ?? null,
      });
    }

    it('shows Lombardy as the gateway answers it; signing in shows the findings, signing out forgets them', async () => {
      const { page } = offline;
      await page.goto(`${harness.portal.url}/it/dashboard`);
      await page.getByLabel('Regione').selectOption('03');
      await expect.poll(() => page.url()).toContain('region=03');

      const anonymous = await harness.graph.execute(PortalRegionDashboardDocument, LOMBARDY);
      // The gateway withholds the internal fields from an anonymous caller, and answers the rest.
      expect(new Set(anonymous.errors?.map((e) => e.extensions?.['code']))).toEqual(
        new Set(['UNAUTHENTICATED']),
      );
      const actions = anonymous.data!.region!.pilotActions.edges.map((e) => e.node);
      expect(actions.length).toBeGreaterThan(0);
      await expect
        .poll(
          () =>
            page
              .locator('[data-action-id]')
              .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-action-id'))),
          { timeout: 15_000 },
        )
        .toEqual(actions.map((a) => a.id));
      for (const action of actions) await expectShows(page, action);
      const visited = actions.filter((a) => a.lastMonitoringVisit);
      expect(visited.length).toBeGreaterThan(0);
      const last = visited[0]!.lastMonitoringVisit!;
      const visitCard = page.locator(`[data-visit-id="${last.id}"]`);
      expect(await visitCard.innerText()).toContain(last.municipality.name);
      expect(await visitCard.locator(`[data-rating="${last.rating}"]`).count()).toBe(1);
      expect(await visitCard.locator('time').getAttribute('datetime')).toBe(last.visitedOn);
      expect(await page.getByTestId('findings').count()).toBe(0);
      expect(await page.getByTestId('sign-in-more').count()).toBe(1);
      expect(await accessible(page)).toEqual([]);

      // Signed in as an operator with monitoring:read: the gateway's findings appear.
      const headers = await bearer('pilot-actions', ['monitoring:read']);
      const token = headers['authorization']!.replace(/^Bearer /, '');
      const signedIn = await harness.graph.execute(PortalRegionDashboardDocument, LOMBARDY, headers);
      expect(signedIn.errors).toBeUndefined();
      await page.getByLabel('Token del partner (JWT)').fill(token);
      await page.getByRole('button', { name: 'Accedi' }).click();
      await expect.poll(() => page.getByTestId('findings').count(), { timeout: 15_000 }).toBe(visited.length);
      for (const { node } of signedIn.data!.region!.pilotActions.edges)
        if (node.lastMonitoringVisit)
          expect((await shown(page, node.id)).findings).toBe(node.lastMonitoringVisit.findings!.text);
      expect(await page.getByLabel('Token del partner (JWT)').count()).toBe(0);
      expect(await accessible(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true });

      // Signed out: the findings go, and nothing of the sign-in is left in the browser's storage.
      await page.getByRole('button', { name: 'Esci' }).click();
      await expect.poll(() => page.getByTestId('findings').count(), { timeout: 15_000 }).toBe(0);
      expect(await page.getByTestId('sign-in-more').count()).toBe(1);
      for (const action of actions) await expectShows(page, action);
      // The page's own globals, read in the page (this project's types have no DOM).
      const stored = await page.evaluate(
        '({ local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookies: document.cookie })',
      );
      expect(stored).toEqual({ local: [], session: [], cookies: '' });

      // A token without monitoring:read: the findings stay hidden, and the page says why.
      await page
        .getByLabel('Token del partner (JWT)')
        .fill((await bearer('services', ['services:write']))['authorization']!.slice(7));
      await page.getByRole('button', { name: 'Accedi' }).click();
      await expect.poll(() => page.getByTestId('forbidden').count(), { timeout: 15_000 }).toBe(1);
      expect(await page.getByTestId('findings').count()).toBe(0);
      await page.getByRole('button', { name: 'Esci' }).click();
    });
  });
}
