/**
 * The Portal's associations pages in a real browser (Debian's Chromium), over the real graph with
 * trusted documents on, offline but for the Portal and the gateway: the Senegalese associations
 * seated in Lombardy are the gateway's own answer to the page's operation, page after page; one
 * association's page shows its name, the communities it represents and the services it runs as
 * the gateway answers them; axe finds no serious or critical violation. Screenshots go to
 * test-output/portal/ (not committed).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  PortalAssociationDocument,
  PortalAssociationsDocument,
} from '../../../clients/__generated__/operations.js';
import type { PortalHarness } from '../portalHarness.js';

export function associationsPages(harness: PortalHarness): void {
  const { open, accessible, shot } = harness;
  describe("the Portal's associations pages in a browser", () => {
    /** The cards shown: each association's id and the number of services it says it runs. */
    const shown = (page: Page) =>
      page
        .locator('[data-association-id]')
        .evaluateAll((items) =>
          items.map((item) => [
            item.getAttribute('data-association-id'),
            item.querySelector('[data-testid="services-count"]')?.textContent?.replace(/\D/g, ''),
          ]),
        );

    it("lists the Senegalese associations of Lombardy as the gateway answers them, and opens one's page", async () => {
      const page = await open('/it/associations');
      // The community is chosen by its name in the reader's language, from the harness.graph.
      await page.getByLabel('Comunità').selectOption({ label: 'Senegal' });
      await page.getByLabel('Regione della sede').selectOption('03');
      await expect.poll(() => page.url()).toMatch(/community=SN.*region=03|region=03.*community=SN/);

      const variables = { community: 'SN', regionCode: '03', first: 10, after: null, lang: 'IT' } as const;
      const expected = (await harness.graph.execute(PortalAssociationsDocument, variables)).data!
        .associations;
      expect(expected.totalCount).toBeGreaterThan(0);
      const rows = (edges: typeof expected.edges) =>
        edges.map(({ node }) => [node.id, String(node.services.totalCount)]);
      await expect.poll(() => shown(page), { timeout: 15_000 }).toEqual(rows(expected.edges));
      expect(await page.getByTestId('result-count').innerText()).toContain(String(expected.totalCount));
      expect(await accessible(page)).toEqual([]);
      await shot(page, 'associations');

      // The next page, when there is one, is the gateway's next page too.
      if (expected.pageInfo.hasNextPage) {
        await page.getByRole('button', { name: 'Pagina successiva' }).click();
        const next = (
          await harness.graph.execute(PortalAssociationsDocument, {
            ...variables,
            after: expected.pageInfo.endCursor,
          })
        ).data!.associations;
        await expect.poll(() => shown(page), { timeout: 15_000 }).toEqual(rows(next.edges));
        await page.getByRole('button', { name: 'Pagina precedente' }).click();
        await expect.poll(() => shown(page), { timeout: 15_000 }).toEqual(rows(expected.edges));
      }

      // An association that runs services, if one does: its page shows them.
      const chosen = expected.edges.find((e) => e.node.services.totalCount > 0) ?? expected.edges[0]!;
      await page.locator(`[data-association-id="${chosen.node.id}"] a`).click();
      const association = (
        await harness.graph.execute(PortalAssociationDocument, {
          id: chosen.node.id,
          servicesFirst: 20,
          lang: 'IT',
        })
      ).data!.association!;
      await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe(association.name);
      expect(association.representedCommunities.map((c) => c.code)).toContain('SN');
      const communities = page.locator('[data-community-code]');
      expect(
        await communities.evaluateAll((items) => items.map((i) => i.getAttribute('data-community-code'))),
      ).toEqual(association.representedCommunities.map((c) => c.code));
      expect(await communities.allInnerTexts()).toEqual(
        association.representedCommunities.map((c) => c.name.text),
      );
      expect(await page.locator('a[href="/it/communities/SN"]').count()).toBe(1);
      expect(
        await page
          .locator('[data-service-id]')
          .evaluateAll((items) => items.map((i) => i.getAttribute('data-service-id'))),
      ).toEqual(association.services.edges.map((e) => e.node.id));
      for (const { node } of association.services.edges)
        expect(await page.locator(`a[href="/it/services/${node.id}"]`).innerText()).toBe(node.name.text);
      expect(await page.getByTestId('kind').innerText()).toBe(
        {
          MIGRANT_ASSOCIATION: 'Associazione di migranti',
          SECOND_GENERATION_ASSOCIATION: 'Associazione di seconde generazioni',
          CULTURAL_ORGANISATION: 'Organizzazione culturale',
          THIRD_SECTOR_BODY: 'Ente del terzo settore',
        }[association.kind],
      );
      expect(await accessible(page)).toEqual([]);
      await shot(page, 'association');
    });
  });
}
