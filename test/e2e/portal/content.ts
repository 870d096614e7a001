/**
 * The Portal's content pages in a real browser (Debian's Chromium), over the real graph with only
 * registered operations allowed, offline but for the Portal and the gateway: publications and the
 * newsletter, the Cultural Area, the International Protection projects and the events. On each, a
 * reader's choices show what the gateway answers to the same operation and variables, and axe finds
 * no serious or critical violation. Screenshots go to test-output/portal/ (not committed).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  PortalCultureDocument,
  PortalEventsDocument,
  PortalProtectionDocument,
  PortalPublicationsDocument,
} from '../../../clients/__generated__/operations.js';
import type { PortalHarness } from '../portalHarness.js';

export function contentPages(harness: PortalHarness): void {
  const { open, accessible, shot } = harness;
  describe("the Portal's content pages in a browser", () => {
    /** The values of `attribute` on the elements `selector` finds, in order. */
    const attributes = (page: Page, selector: string, attribute: string) =>
      page
        .locator(selector)
        .evaluateAll((nodes, name) => nodes.map((node) => node.getAttribute(name)), attribute);
    const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();
    /** The map's regions with the count each is coloured by, by region code. */
    const mapCounts = (page: Page) =>
      page
        .locator('[data-testid="italy-map"] a[data-region]')
        .evaluateAll((links) =>
          links.map((a) => [a.getAttribute('data-region')!, Number(a.getAttribute('data-count'))]).sort(),
        );

    it("shows a community's report of a year, an edition of the labour-market report and a month's newsletter in Punjabi, as the gateway answers them", async () => {
      const page = await open('/pa/publications');
      const variables = {
        communityCode: null,
        reportYear: null,
        month: '',
        withMonth: false,
        lang: 'PA' as const,
      };

      // The latest newsletter issue, by default.
      const answer = await harness.graph.execute(PortalPublicationsDocument, variables);
      const latest = answer.data!;
      const latestIssue = latest.latestNewsletterIssue!;
      await expect
        .poll(() => page.getByTestId('newsletter-issue').getAttribute('data-issue-month'), {
          timeout: 15_000,
        })
        .toBe(latestIssue.month);

      // A community and a year, chosen among those the graph answered.
      await page.locator('#report-community').selectOption('SN');
      const newest = (
        await harness.graph.execute(PortalPublicationsDocument, { ...variables, communityCode: 'SN' })
      ).data!.communityReport.edges[0]!.node;
      await expect
        .poll(() => page.getByTestId('community-report').getAttribute('data-publication-id'))
        .toBe(newest.id);
      await page.locator('#report-year').selectOption('2019');
      await expect.poll(() => page.url()).toContain('year=2019');
      const report = (
        await harness.graph.execute(PortalPublicationsDocument, {
          ...variables,
          communityCode: 'SN',
          reportYear: 2019,
        })
      ).data!.communityReport.edges[0]!.node;
      await expect
        .poll(() => page.getByTestId('community-report').getAttribute('data-publication-id'))
        .toBe(report.id);
      expect(await page.getByTestId('community-report').innerText()).toContain(report.summary.text);
      expect(report.summary.locale).toBe('PA');
      expect(await attributes(page, '#report-year option', 'value')).toEqual(
        report.community!.reports.map((r) => String(r.year)),
      );

      // An edition of "Migrants in the Italian Labour Market".
      const third = latest.labourMarketReports.edges.find((e) => e.node.edition === 3)!.node;
      await page.locator('#labour-edition').selectOption('3');
      await expect
        .poll(() => page.getByTestId('labour-market-report').getAttribute('data-publication-id'))
        .toBe(third.id);

      // The newsletter of December 2025, then of December 2026: its short version and its items.
      await page.locator('#newsletter-year').selectOption('2025');
      await expect
        .poll(() => page.getByTestId('newsletter-issue').getAttribute('data-issue-month'))
        .toBe('2025-12');
      await page.locator('#newsletter-year').selectOption('2026');
      await expect.poll(() => page.url()).toContain('month=2026-12');
      const issue = (
        await harness.graph.execute(PortalPublicationsDocument, {
          ...variables,
          communityCode: 'SN',
          reportYear: 2019,
          month: '2026-12',
          withMonth: true,
        })
      ).data!.newsletterIssue!;
      await expect
        .poll(() => page.getByTestId('newsletter-issue').getAttribute('data-issue-month'))
        .toBe('2026-12');
      expect(await page.getByTestId('newsletter-short').innerText()).toContain(issue.shortVersion.text);
      expect(issue.shortVersion.locale).toBe('PA');
      expect(await attributes(page, '[data-item-kind]', 'data-item-kind')).toEqual(
        issue.items.map((i) => i.kind),
      );
      expect((await texts(page, '[data-item-title]')).map((t) => t.split('\n')[0])).toEqual(
        issue.items.map((i) => i.title.text),
      );
      // Titles the editors wrote in Italian only: in Italian, marked as such.
      expect(await page.locator('[data-item-title] [lang="it"]').count()).toBe(
        issue.items.filter((i) => i.title.locale === 'IT').length,
      );
      expect(await accessible(page)).toEqual([]);
      await shot(page, 'publications-pa');
    });

    it('reads the choices from the address: a report, an edition and a month in English', async () => {
      const page = await open('/en/publications?community=MA&year=2016&edition=10&month=2020-03');
      const expected = (
        await harness.graph.execute(PortalPublicationsDocument, {
          communityCode: 'MA',
          reportYear: 2016,
          month: '2020-03',
          withMonth: true,
          lang: 'EN',
        })
      ).data!;
      const issue = expected.newsletterIssue!;
      await expect
        .poll(() => page.getByTestId('newsletter-issue').getAttribute('data-issue-month'), {
          timeout: 15_000,
        })
        .toBe('2020-03');
      expect(await page.getByTestId('newsletter-short').innerText()).toContain(issue.shortVersion.text);
      expect(await attributes(page, '[data-item-kind]', 'data-item-kind')).toEqual(
        issue.items.map((i) => i.kind),
      );
      expect(await page.getByTestId('community-report').getAttribute('data-publication-id')).toBe(
        expected.communityReport.edges[0]!.node.id,
      );
      expect(await page.getByTestId('labour-market-report').getAttribute('data-publication-id')).toBe(
        expected.labourMarketReports.edges.find((e) => e.node.edition === 10)!.node.id,
      );
      expect(
        await attributes(
          page,
          '[data-testid="other-documents"] [data-publication-id]',
          'data-publication-id',
        ),
      ).toEqual(
        [...expected.secondGenerationsDocuments.edges, ...expected.policyPlans.edges].map((e) => e.node.id),
      );
      expect(await accessible(page)).toEqual([]);
      await shot(page, 'publications');
    });

    it("shows the Cultural Area's music experiences in Campania, a page at a time, as the gateway answers them", async () => {
      const page = await open('/en/culture');
      await page.getByLabel('Section', { exact: true }).selectOption('MUSIC');
      await page.getByLabel('Region', { exact: true }).selectOption('15');
      await expect.poll(() => page.url()).toContain('region=15');
      const variables = {
        section: 'MUSIC' as const,
        regionCode: '15',
        first: 10,
        after: null,
        lang: 'EN' as const,
      };
      const answer = (await harness.graph.execute(PortalCultureDocument, variables)).data!;
      const first = answer.culturalExperiences;
      expect(first.totalCount).toBeGreaterThan(10);
      await expect
        .poll(() => attributes(page, '[data-experience-id]', 'data-experience-id'), { timeout: 15_000 })
        .toEqual(first.edges.map((e) => e.node.id));
      expect(await page.getByTestId('result-count').innerText()).toContain(String(first.totalCount));
      expect(await attributes(page, '[data-kind]', 'data-kind')).toEqual(first.edges.map((e) => e.node.kind));
      expect(await attributes(page, '[data-association-id]', 'href')).toEqual(
        first.edges.flatMap((e) => e.node.associations.map((a) => `/en/associations/${a.id}`)),
      );
      // The map colours every region by its music experiences, as the graph counts them.
      const musicByRegion = answer.regions.edges.map(({ node }) => [
        node.code,
        node.culturalExperienceCounts.find((c) => c.section === 'MUSIC')!.count,
      ]);
      expect(Object.fromEntries(musicByRegion)['15']).toBe(first.totalCount);
      expect(await mapCounts(page)).toEqual(musicByRegion.sort());
      expect(await accessible(page)).toEqual([]);
      await shot(page, 'culture');

      // The next page follows the first's cursor.
      await page.getByRole('button', { name: 'Next page' }).click();
      const second = (
        await harness.graph.execute(PortalCultureDocument, { ...variables, after: first.pageInfo.endCursor })
      ).data!.culturalExperiences;
      await expect
        .poll(() => attributes(page, '[data-experience-id]', 'data-experience-id'))
        .toEqual(second.edges.map((e) => e.node.id));

      // Choosing Lazio on the map shows its music experiences from the first page.
      await page.locator('[data-testid="italy-map"] a[data-region="12"]').click();
      await expect.poll(() => page.url()).toContain('region=12');
      expect(page.url()).toContain('section=MUSIC');
      const lazio = (await harness.graph.execute(PortalCultureDocument, { ...variables, regionCode: '12' }))
        .data!.culturalExperiences;
      await expect
        .poll(() => attributes(page, '[data-experience-id]', 'data-experience-id'))
        .toEqual(lazio.edges.map((e) => e.node.id));
    });

    it('shows the protection projects in Sicily with the services that deliver each, as the gateway answers them', async () => {
      const page = await open('/it/protection');
      await page.getByLabel('Regione', { exact: true }).selectOption('19');
      await expect.poll(() => page.url()).toContain('region=19');
      const variables = { regionCode: '19', beneficiary: null, first: 10, after: null, lang: 'IT' as const };
      const answer = (await harness.graph.execute(PortalProtectionDocument, variables)).data!;
      const projects = answer.protectionProjects;
      expect(projects.totalCount).toBeGreaterThan(0);
      await expect
        .poll(() => attributes(page, '[data-project-id]', 'data-project-id'), { timeout: 15_000 })
        .toEqual(projects.edges.map((e) => e.node.id));
      for (const { node } of projects.edges)
        expect(await attributes(page, `[data-project-id="${node.id}"] [data-service-id]`, 'href')).toEqual(
          node.services.map((s) => `/it/services/${s.id}`),
        );
      // The map colours every region by its projects, as the graph counts them.
      const byRegion = answer.regions.edges.map(({ node }) => [node.code, node.protectionProjectCount]);
      expect(Object.fromEntries(byRegion)['19']).toBe(projects.totalCount);
      expect(await mapCounts(page)).toEqual(byRegion.sort());
      expect(await accessible(page)).toEqual([]);
      await shot(page, 'protection');

      // One kind of beneficiary.
      await page.getByLabel('Destinatari', { exact: true }).selectOption('SUBSIDIARY_PROTECTION');
      const subsidiary = (
        await harness.graph.execute(PortalProtectionDocument, {
          ...variables,
          beneficiary: 'SUBSIDIARY_PROTECTION',
        })
      ).data!.protectionProjects;
      await expect
        .poll(() => attributes(page, '[data-project-id]', 'data-project-id'))
        .toEqual(subsidiary.edges.map((e) => e.node.id));
    });

    it('shows the IN.CO.NT.RO meetings with their communities and associations, as the gateway answers them', async () => {
      const page = await open('/en/events');
      await page.getByLabel('Series').selectOption('IN.CO.NT.RO');
      await expect.poll(() => page.url()).toContain('series=IN.CO.NT.RO');
      const variables = {
        regionCode: null,
        provinceCode: null,
        withProvinces: false,
        from: null,
        to: null,
        series: 'IN.CO.NT.RO',
        first: 10,
        after: null,
        lang: 'EN' as const,
      };
      const events = (await harness.graph.execute(PortalEventsDocument, variables)).data!.events;
      expect(events.totalCount).toBe(16);
      await expect
        .poll(() => attributes(page, '[data-event-id]', 'data-event-id'), { timeout: 15_000 })
        .toEqual(events.edges.map((e) => e.node.id));
      expect(await attributes(page, '[data-community-code]', 'href')).toEqual(
        events.edges.flatMap((e) => e.node.communities.map((c) => `/en/communities/${c.code}`)),
      );
      expect(await attributes(page, '[data-association-id]', 'href')).toEqual(
        events.edges.flatMap((e) => e.node.associations.map((a) => `/en/associations/${a.id}`)),
      );
      expect(await accessible(page)).toEqual([]);
      await shot(page, 'events');

      // A region, a province and a period.
      await page.getByLabel('Series').selectOption('');
      await page.getByLabel('Region').selectOption('03');
      await page.getByLabel('Province').selectOption('015');
      await page.getByLabel('From').fill('2026-01-01');
      await page.getByLabel('To').fill('2026-06-30');
      await expect.poll(() => page.url()).toContain('to=2026-06-30');
      const milan = (
        await harness.graph.execute(PortalEventsDocument, {
          ...variables,
          regionCode: '03',
          provinceCode: '015',
          withProvinces: true,
          from: '2026-01-01',
          to: '2026-06-30',
          series: null,
        })
      ).data!.events;
      expect(milan.totalCount).toBeGreaterThan(0);
      await expect
        .poll(() => attributes(page, '[data-event-id]', 'data-event-id'))
        .toEqual(milan.edges.map((e) => e.node.id));
    });
  });
}
