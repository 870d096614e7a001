/**
 * The four example questions of docs/frontend.md ("Example operations"), each one operation of the typed client, answered through
 * the real gateway over the five real subgraphs and checked against the subgraphs' own data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TurinServicesByLanguageDocument,
  RegionDashboardDocument,
  FundedActionsBehindTargetDocument,
  CommunityAssociationsRunningServicesDocument,
} from '../../clients/__generated__/operations.js';
import { parseEuro } from '../../lib/scalars.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

let graph: E2EGraph;
beforeAll(async () => {
  graph = await startE2EGraph();
});
afterAll(() => graph?.dispose());

describe('the example questions of docs/frontend.md through the gateway', () => {
  it('Turin: language courses and health services that speak Arabic or Punjabi', async () => {
    const result = await graph.execute(TurinServicesByLanguageDocument, { first: 100 });
    expect(result.errors).toBeUndefined();
    const services = result.data?.province?.services;
    expect(result.data?.province?.abbreviation).toBe('TO');
    expect(services?.totalCount).toBeGreaterThan(0);
    for (const { node } of services?.edges ?? []) {
      expect(node.municipality.istatCode.startsWith('001')).toBe(true);
      expect(node.areas.some((a) => a === 'LANGUAGE' || a === 'HEALTH')).toBe(true);
      expect(node.languages.some((l) => l === 'ar' || l === 'pa')).toBe(true);
      expect(node.municipality.name).toBeTruthy();
    }
    const direct = await graph.executeOn(
      'services',
      `{ services(filter: { provinceCode: "001", areas: [LANGUAGE, HEALTH], languages: ["ar", "pa"] }) { totalCount } }`,
    );
    expect(services?.totalCount).toBe(direct.data?.services.totalCount);
  });

  it('Lombardy: services by area, associations by community, active actions with progress and money by source', async () => {
    const result = await graph.execute(RegionDashboardDocument, { regionCode: '03' });
    expect(result.errors).toBeUndefined();
    const region = result.data?.region;
    expect(region?.name.text).toBe('Lombardia');
    const direct = await graph.executeOn(
      'services',
      `{ serviceCountsByArea(territory: { regionCode: "03" }) { area count } }`,
    );
    expect(region?.serviceCountsByArea).toEqual(direct.data?.serviceCountsByArea);
    expect(region?.serviceCountsByArea.reduce((sum, a) => sum + a.count, 0)).toBeGreaterThan(100);
    const communities = region?.associationCountsByCommunity ?? [];
    expect(communities.length).toBeGreaterThan(3);
    expect(communities.map((c) => c.count)).toEqual(
      [...communities.map((c) => c.count)].sort((a, b) => b - a),
    );
    const actions = region?.pilotActions.edges.map((e) => e.node) ?? [];
    expect(actions.length).toBeGreaterThanOrEqual(2);
    for (const action of actions) {
      expect(action.status).toBe('ACTIVE');
      expect(action.indicators.length).toBeGreaterThanOrEqual(3);
      const bySourceCommitted = action.funding.bySource.reduce((sum, s) => sum + parseEuro(s.committed), 0);
      const bySourceSpent = action.funding.bySource.reduce((sum, s) => sum + parseEuro(s.spent), 0);
      expect(bySourceCommitted).toBe(parseEuro(action.funding.committed));
      expect(bySourceSpent).toBe(parseEuro(action.funding.spent));
      expect(parseEuro(action.funding.spent)).toBeLessThanOrEqual(parseEuro(action.funding.committed));
      expect(action.behindTarget).toBe(action.indicators.some((i) => i.behindTarget));
    }
  });

  it('FAMI 2021-2027: funded actions, which are behind target, and their last visit', async () => {
    const result = await graph.execute(FundedActionsBehindTargetDocument, {});
    expect(result.errors).toBeUndefined();
    const source = result.data?.fundingSource;
    expect(source?.name.text).toMatch(/FAMI/);
    const actions = source?.pilotActions.edges.map((e) => e.node) ?? [];
    expect(actions.length).toBeGreaterThanOrEqual(30);
    const behind = actions.filter((a) => a.behindTarget);
    expect(behind.length).toBeGreaterThan(0);
    for (const action of behind) {
      expect(action.indicators.some((i) => i.behindTarget)).toBe(true);
    }
    expect(behind.some((a) => a.lastMonitoringVisit?.visitedOn)).toBe(true);
    const ids = actions.map((a) => a.id);
    const direct = await graph.executeOn(
      'pilot-actions',
      `query($ids: [ID!]) { pilotActions(filter: { ids: $ids, behindTarget: true }, first: 100) { totalCount } }`,
      { ids },
    );
    expect(behind.length).toBe(direct.data?.pilotActions.totalCount);
  });

  it('Senegalese associations that run services in Campania', async () => {
    const result = await graph.execute(CommunityAssociationsRunningServicesDocument, {});
    expect(result.errors).toBeUndefined();
    const associations = result.data?.associations.edges.map((e) => e.node) ?? [];
    expect(associations.length).toBeGreaterThan(0);
    for (const association of associations) expect(association.communities).toContain('SN');
    const running = associations.filter((a) => a.services.totalCount > 0);
    expect(running.length).toBeGreaterThan(0);
    for (const association of running) {
      for (const { node } of association.services.edges) {
        const check = await graph.executeOn(
          'services',
          `query($id: ID!) { service(id: $id) { municipality { istatCode } } }`,
          { id: node.id },
        );
        const code: string = check.data?.service.municipality.istatCode;
        expect(['061', '062', '063', '064', '065']).toContain(code.slice(0, 3));
      }
    }
  });
});
