/**
 * The Portal's map of Italy in a real browser (Debian's Chromium), over the real graph with trusted
 * documents on, offline but for the Portal and the gateway: every region's count of services in
 * the chosen area is what the gateway answers to the same operation, choosing a region (by mouse
 * or by keyboard) opens the services page for that region and area, and axe finds no serious or
 * critical violation. Its screenshot goes to test-output/portal/map.png (not committed).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PortalServiceMapDocument, type ServiceArea } from '../../../clients/__generated__/operations.js';
import { SCREENSHOTS, type PortalHarness } from '../portalHarness.js';

const REGION_CODES = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

export function mapPage(harness: PortalHarness): void {
  const { open, accessible } = harness;
  describe("the Portal's map of Italy in a browser", () => {
    /** The gateway's own answer: each region's name and count of services in `area`, by code. */
    async function expectedCounts(
      area: ServiceArea,
    ): Promise<Record<string, { name: string; count: number }>> {
      const answer = await harness.graph.execute(PortalServiceMapDocument, { lang: 'IT' });
      expect(answer.errors).toBeUndefined();
      return Object.fromEntries(
        answer.data!.regions.edges.map(({ node }) => [
          node.code,
          { name: node.name.text, count: node.serviceCountsByArea.find((c) => c.area === area)!.count },
        ]),
      );
    }

    /** What the page shows for each region: its map link's name, and its count in the table. */
    async function shownCounts(page: Page) {
      const fromMap = await page
        .locator('[data-testid="italy-map"] a[data-region]')
        .evaluateAll((links) =>
          links.map((a) => [a.getAttribute('data-region')!, a.getAttribute('aria-label')!]),
        );
      const fromTable = await page
        .locator('[data-testid="region-table"] tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [row.getAttribute('data-region')!, row.querySelector('td')!.textContent!]),
        );
      // "Lombardia: 1.234 servizi" -> Lombardia, 1234; the table's "1.234" -> 1234.
      const digits = (text: string) => Number(text.replace(/\D/g, ''));
      return {
        map: Object.fromEntries(
          fromMap.map(([code, label]) => {
            const at = label.lastIndexOf(':');
            return [code, { name: label.slice(0, at), count: digits(label.slice(at + 1)) }];
          }),
        ),
        table: Object.fromEntries(fromTable.map(([code, text]) => [code, digits(text)])),
      };
    }

    /** The page's counts once drawn, compared with the gateway's for `area`. */
    async function showsTheGatewaysCounts(page: Page, area: ServiceArea) {
      const expected = await expectedCounts(area);
      expect(Object.keys(expected).sort()).toEqual(REGION_CODES);
      // Not a vacuous comparison: the seeded graph has services of this area in several regions.
      expect(Object.values(expected).filter((r) => r.count > 0).length).toBeGreaterThan(1);
      await expect.poll(async () => (await shownCounts(page)).map, { timeout: 15_000 }).toEqual(expected);
      const counts = Object.fromEntries(Object.entries(expected).map(([code, r]) => [code, r.count]));
      expect((await shownCounts(page)).table).toEqual(counts);
      const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
      expect(Number((await page.getByTestId('total').innerText()).replace(/\D/g, ''))).toBe(total);
      // Every region of the map (Trentino-Alto Adige among them) is drawn and can be chosen.
      for (const code of REGION_CODES)
        expect(
          await page.locator(`[data-testid="italy-map"] a[data-region="${code}"] path`).count(),
        ).toBeGreaterThan(0);
      return expected;
    }

    it("shows each region's count of services in the chosen area as the gateway answers it", async () => {
      const page = await open('/it/map');
      await showsTheGatewaysCounts(page, 'LANGUAGE');
      expect(await page.locator('h1').innerText()).toBe('La mappa dei servizi');
      expect(await accessible(page)).toEqual([]);

      await page.getByLabel('Area dei servizi').selectOption('WORK');
      await expect.poll(() => page.url()).toContain('area=WORK');
      await showsTheGatewaysCounts(page, 'WORK');
      expect(await accessible(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'map.png'), fullPage: true });
    });

    it('opens the services of a region and area chosen on the map, by mouse and by keyboard', async () => {
      const expected = await expectedCounts('HEALTH');
      const page = await open('/it/map?area=HEALTH');
      const lombardia = page.locator('[data-testid="italy-map"] a[data-region="03"]');
      await expect
        .poll(() => lombardia.getAttribute('aria-label'), { timeout: 15_000 })
        .toBe(`Lombardia: ${new Intl.NumberFormat('it').format(expected['03']!.count)} servizi`);
      await lombardia.click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/it/services');
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ region: '03', area: 'HEALTH' });
      // The services page reads both: its criteria are set, and it finds as many as the map said.
      await expect.poll(() => page.locator('#region').inputValue(), { timeout: 15_000 }).toBe('03');
      expect(await page.locator('#area').inputValue()).toBe('HEALTH');
      await expect
        .poll(() => page.getByTestId('result-count').innerText(), { timeout: 15_000 })
        .toMatch(new RegExp(`^${expected['03']!.count} servizi? trovat[oi]$`));

      await page.goBack();
      const sicilia = page.locator('[data-testid="italy-map"] a[data-region="19"]');
      await expect.poll(() => sicilia.count(), { timeout: 15_000 }).toBe(1);
      await sicilia.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain('/it/services?region=19&area=HEALTH');
    });

    it('reads in Arabic, right to left, with the region names the gateway gives in Arabic', async () => {
      const page = await open('/ar/map');
      const answer = await harness.graph.execute(PortalServiceMapDocument, { lang: 'AR' });
      const lombardia = answer.data!.regions.edges.find(({ node }) => node.code === '03')!.node;
      const link = page.locator('[data-testid="italy-map"] a[data-region="03"]');
      await expect
        .poll(() => link.getAttribute('aria-label'), { timeout: 15_000 })
        .toMatch(new RegExp(`^${lombardia.name.text}: `));
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      // Names Italian stood in for are said once, not on every row.
      const fellBack = answer.data!.regions.edges.some(({ node }) => node.name.fallback);
      expect(await page.locator('[data-fallback]').count()).toBe(fellBack ? 1 : 0);
      expect(await accessible(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'map-ar.png'), fullPage: true });
    });
  });
}
