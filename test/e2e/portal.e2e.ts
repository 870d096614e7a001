/**
 * The Integration Portal in a real browser (Debian's Chromium), over one running graph with trusted
 * documents on (only registered operations run, as in production), offline but for the Portal and
 * the gateway. Each page's tests live in `portal/`, one module per part of the Portal; they share
 * this graph, Portal and browser, started once. Here: each page view asks the gateway once, and no
 * page loaded anything from elsewhere or raised an error. Screenshots of every page go to
 * test-output/portal/ (not committed).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  PortalAssociationsDocument,
  PortalServiceSearchDocument,
} from '../../clients/__generated__/operations.js';
import { describeWithChromium } from '../browser.js';
import { portalHarnessToStart } from './portalHarness.js';
import { associationsPages } from './portal/associations.js';
import { contentPages } from './portal/content.js';
import { dashboardPage } from './portal/dashboard.js';
import { mapPage } from './portal/map.js';
import { servicesAndCommunities } from './portal/services.js';

describeWithChromium('the Integration Portal in a browser', () => {
  const harness = portalHarnessToStart();
  beforeAll(() => harness.start(), 120_000);
  afterAll(() => harness.dispose());

  servicesAndCommunities(harness);
  mapPage(harness);
  associationsPages(harness);
  contentPages(harness);
  dashboardPage(harness);

  it("asks the gateway once for each page's data", async () => {
    const { graph } = harness;
    const service = (
      await graph.execute(PortalServiceSearchDocument, {
        regionCode: '01',
        provinceCode: null,
        municipalityCode: null,
        municipalityName: '',
        withProvinces: false,
        withMunicipalities: false,
        areas: null,
        languages: null,
        targetGroups: null,
        first: 1,
        after: null,
        lang: 'IT',
      })
    ).data!.services.edges[0]!.node.id;
    const association = (
      await graph.execute(PortalAssociationsDocument, {
        community: 'SN',
        regionCode: '03',
        first: 1,
        after: null,
        lang: 'IT',
      })
    ).data!.associations.edges[0]!.node.id;
    // Each page, and what shows that its data has been drawn.
    const views: [string, string][] = [
      ['/it', 'a[href="/it/communities/SN"]'],
      ['/it/services?region=01&province=001&municipality=001272&language=ar', '[data-service-id]'],
      [`/it/services/${service}`, 'dl'],
      ['/it/map', '[data-testid="italy-map"] a[data-region]'],
      ['/it/associations?community=SN&region=03', '[data-association-id]'],
      [`/it/associations/${association}`, '[data-testid="kind"]'],
      ['/it/communities/SN', '[data-testid="community-report"], h1'],
      ['/it/publications', '[data-testid="newsletter-issue"]'],
      ['/it/culture?section=MUSIC', '[data-experience-id]'],
      ['/it/protection', '[data-project-id]'],
      ['/it/events', '[data-event-id]'],
      ['/it/dashboard?region=03', '[data-action-id]'],
    ];
    const sent: Record<string, readonly string[]> = {};
    for (const [address, drawn] of views) {
      const page = await harness.open(address);
      await page.locator(drawn).first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      sent[address] = harness.gatewayRequests(page);
      await page.context().close();
    }
    // One request each, by the page's own operation.
    expect(Object.values(sent).map((names) => names.length)).toEqual(views.map(() => 1));
    expect(Object.values(sent).every(([name]) => name?.startsWith('Portal'))).toBe(true);
  });

  it('loaded nothing from elsewhere and raised no error on any page', () => {
    expect(harness.pages.flatMap((p) => p.offsite)).toEqual([]);
    expect(harness.pages.flatMap((p) => p.problems)).toEqual([]);
  });
});
