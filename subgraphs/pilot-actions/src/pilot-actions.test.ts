/**
 * The pilot-actions subgraph over HTTP, on SQLite and PostgreSQL: seeded volumes and id
 * conventions, lookups, bad input, localisation, pagination and the statement count of batches.
 * Figures are checked against a second, independently seeded database queried with plain SQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, seededDatabase } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { caller, viaGateway } from '../../../test/assertions.js';
import type { Database } from '../../../lib/db/index.js';
import { silentLogger } from '../../../lib/log.js';
import { findMunicipality } from '../../../lib/istat.js';
import { pilotActions } from './subgraph.js';
import type { PilotActionsDb } from './data/tables.js';

const REFERENCE_DATE = '2026-10-31';
const id3 = (n: number) => `PA-${String(n).padStart(3, '0')}`;
/** Findings and follow-ups of visits are internal: these tests read them as a monitoring team would. */
const monitor = caller('pilot-actions', ['monitoring:read']);

describeEachDialect('pilot-actions subgraph', (dialect) => {
  let subgraph: RunningSubgraph;
  let direct: Database<PilotActionsDb>;
  let statements = 0;
  let seedStatements = 0;
  beforeAll(async () => {
    subgraph = await startSubgraph(pilotActions, dialect.config('pilot-actions'));
    direct = await seededDatabase<PilotActionsDb>(
      dialect.config('pilot-actions-direct'),
      pilotActions.migrations,
      pilotActions.seed,
      () => statements++,
    );
    seedStatements = statements;
  });
  afterAll(async () => {
    await subgraph?.dispose();
    await direct?.dispose();
  });

  const count = async (table: keyof PilotActionsDb) =>
    Number(
      (
        await direct.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('seeds the volumes docs/frontend.md gives ("The seeded data"), in batches rather than a statement a row, and only once', async () => {
    const rows = (
      await Promise.all(
        (['pilot_actions', 'indicators', 'measurements', 'monitoring_visits'] as const).map(count),
      )
    ).reduce((sum, n) => sum + n, 0);
    expect(seedStatements).toBeLessThan(rows / 10);
    expect(await count('pilot_actions')).toBe(80);
    const indicators = await count('indicators');
    expect(indicators).toBeGreaterThanOrEqual(240);
    expect(indicators).toBeLessThanOrEqual(480);
    expect(await count('measurements')).toBeGreaterThan(5000);
    expect(await count('monitoring_visits')).toBeGreaterThan(200);
    const perAction = await direct.db
      .selectFrom('indicators')
      .select(['pilot_action_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('pilot_action_id')
      .execute();
    expect(perAction).toHaveLength(80);
    for (const row of perAction) {
      expect(Number(row.n)).toBeGreaterThanOrEqual(3);
      expect(Number(row.n)).toBeLessThanOrEqual(6);
    }
    const before = await count('measurements');
    await pilotActions.seed(direct.db, silentLogger());
    expect(await count('measurements')).toBe(before);
  });

  it('follows the cross-subgraph conventions: PA-001..PA-080, four per region, codes like PNI-LOM-01', async () => {
    const result = await subgraph.query(`{ pilotActions(first: 100) { totalCount edges { node {
      id code leadAuthority { kind region { code } municipality { istatCode } } municipalities { istatCode }
      partnerAssociations { id } relatedServices { id } } } } }`);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.pilotActions.edges.map((e: { node: unknown }) => e.node);
    expect(result.data!.pilotActions.totalCount).toBe(80);
    expect(nodes.map((n: { id: string }) => n.id)).toEqual(Array.from({ length: 80 }, (_, i) => id3(i + 1)));
    for (const [i, node] of nodes.entries()) {
      const region = String(Math.ceil((i + 1) / 4)).padStart(2, '0');
      expect(node.code).toMatch(new RegExp(`^PNI-[A-Z]{3}-0${(i % 4) + 1}$`));
      expect(node.leadAuthority.region.code).toBe(region);
      expect(node.municipalities.length).toBeGreaterThanOrEqual(1);
      expect(node.municipalities.length).toBeLessThanOrEqual(5);
      // Real ISTAT municipalities of the action's region (lib/istat.ts), never invented ones.
      for (const m of node.municipalities) expect(findMunicipality(m.istatCode)?.regionCode).toBe(region);
      if (node.leadAuthority.kind === 'MUNICIPALITY') {
        expect(node.municipalities.map((m: { istatCode: string }) => m.istatCode)).toContain(
          node.leadAuthority.municipality.istatCode,
        );
      } else expect(node.leadAuthority.municipality).toBeNull();
      // Ids of the other subgraphs' entities, within their ranges (ASS-0001..ASS-1200, SRV-00001..SRV-05200).
      for (const a of node.partnerAssociations)
        expect(a.id >= 'ASS-0001' && a.id <= 'ASS-1200' && /^ASS-\d{4}$/.test(a.id)).toBe(true);
      for (const s of node.relatedServices)
        expect(s.id >= 'SRV-00001' && s.id <= 'SRV-05200' && /^SRV-\d{5}$/.test(s.id)).toBe(true);
    }
    expect(nodes.slice(8, 12).every((n: { code: string }) => n.code.startsWith('PNI-LOM-'))).toBe(true);
    expect(nodes.slice(56, 60).every((n: { code: string }) => n.code.startsWith('PNI-CAM-'))).toBe(true);
    const outside = await direct.db
      .selectFrom('pilot_action_municipalities')
      .innerJoin('pilot_actions', 'pilot_actions.id', 'pilot_action_municipalities.pilot_action_id')
      .select('pilot_action_municipalities.municipality_code')
      .whereRef('pilot_action_municipalities.region_code', '<>', 'pilot_actions.region_code')
      .execute();
    expect(outside).toEqual([]);
  });

  it('keeps statuses, measurements and visits consistent with the reference date 2026-10-31', async () => {
    const result = await subgraph.query(`{ pilotActions(first: 100) { edges { node { id status startsOn endsOn
      indicators { latestMeasuredOn latestValue } lastMonitoringVisit { visitedOn } monitoringVisits { totalCount } } } } }`);
    const nodes = result.data!.pilotActions.edges.map((e: { node: unknown }) => e.node);
    const statuses = new Map<string, number>();
    for (const node of nodes) {
      statuses.set(node.status, (statuses.get(node.status) ?? 0) + 1);
      const until = node.endsOn < REFERENCE_DATE ? node.endsOn : REFERENCE_DATE;
      if (node.status === 'PLANNED') {
        expect(node.startsOn > REFERENCE_DATE).toBe(true);
        expect(node.indicators.every((i: { latestValue: number | null }) => i.latestValue === null)).toBe(
          true,
        );
        expect(node.monitoringVisits.totalCount).toBe(0);
      } else {
        expect(node.startsOn <= REFERENCE_DATE).toBe(true);
        if (node.status === 'ACTIVE' || node.status === 'SUSPENDED')
          expect(node.endsOn > REFERENCE_DATE).toBe(true);
        else expect(node.endsOn <= REFERENCE_DATE).toBe(true);
        for (const indicator of node.indicators) {
          expect(indicator.latestMeasuredOn >= node.startsOn && indicator.latestMeasuredOn <= until).toBe(
            true,
          );
        }
      }
      if (node.lastMonitoringVisit) expect(node.lastMonitoringVisit.visitedOn <= until).toBe(true);
    }
    expect(statuses.get('ACTIVE')).toBeGreaterThan(40);
    for (const status of ['PLANNED', 'SUSPENDED', 'COMPLETED', 'EVALUATED'])
      expect(statuses.get(status)).toBeGreaterThan(0);
  });

  it('looks entities up by key and answers null for unknown keys', async () => {
    const result = await subgraph.queryAs(
      monitor,
      `{
      pilotAction(id: "PA-009") { id code status indicators { id } }
      indicator(id: "IND-0001") { id code pilotAction { id } }
      monitoringVisit(id: "MV-0001") { id pilotAction { id } municipality { istatCode } rating followUps }
      measurement(id: "MEA-000001") { id value measuredOn source indicator { id } }
      a: pilotAction(id: "PA-999") { id } i: indicator(id: "IND-9999") { id }
      v: monitoringVisit(id: "MV-9999") { id } m: measurement(id: "MEA-999999") { id }
    }`,
    );
    expect(result.errors).toBeUndefined();
    const d = result.data!;
    expect(d.pilotAction).toMatchObject({ id: 'PA-009', code: 'PNI-LOM-01', status: 'ACTIVE' });
    expect(d.indicator).toMatchObject({ id: 'IND-0001', pilotAction: { id: 'PA-001' } });
    expect(d.indicator.code.startsWith('PNI-PIE-01-')).toBe(true);
    expect(d.monitoringVisit.rating).toBeGreaterThanOrEqual(1);
    expect(d.monitoringVisit.rating).toBeLessThanOrEqual(5);
    expect(d.measurement).toMatchObject({ id: 'MEA-000001', indicator: { id: 'IND-0001' } });
    expect([d.a, d.i, d.v, d.m]).toEqual([null, null, null, null]);
  });

  it('rejects malformed ids, codes and page arguments with BAD_USER_INPUT naming the argument', async () => {
    const cases: [string, string][] = [
      ['{ pilotAction(id: "9") { id } }', 'id'],
      ['{ indicator(id: "PA-001") { id } }', 'id'],
      ['{ monitoringVisit(id: "visit") { id } }', 'id'],
      ['{ measurement(id: "MEA-1") { id } }', 'id'],
      ['{ pilotActions(filter: { regionCode: "Lombardia" }) { totalCount } }', 'filter.regionCode'],
      ['{ pilotActions(filter: { municipalityCode: "15146" }) { totalCount } }', 'filter.municipalityCode'],
      ['{ pilotActions(filter: { ids: ["PA-009", "PA-1"] }) { totalCount } }', 'filter.ids'],
      ['{ pilotActions(first: 101) { totalCount } }', 'first'],
      ['{ pilotActions(after: "nope") { totalCount } }', 'after'],
      ['{ pilotAction(id: "PA-001") { monitoringVisits(first: -1) { totalCount } } }', 'first'],
      ['{ indicator(id: "IND-0001") { measurements(after: "x") { totalCount } } }', 'after'],
    ];
    for (const [query, argument] of cases) {
      const result = await subgraph.query(query);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('returns texts in the requested language, falling back to Italian with locale IT', async () => {
    const query = `query($lang: Locale) { pilotActions(first: 100) { edges { node {
      it: title(lang: IT) { text } title(lang: $lang) { text locale } header: title { text locale }
      inspiredBy(lang: $lang) { text locale } lastMonitoringVisit { findings { text locale } } } } } }`;
    const asMonitor = await viaGateway('pilot-actions', monitor);
    const english = await subgraph.query(
      query,
      { lang: 'EN' },
      { ...asMonitor, 'accept-language': 'en-GB,en;q=0.9' },
    );
    expect(english.errors).toBeUndefined();
    for (const { node } of english.data!.pilotActions.edges) {
      expect(node.title.locale).toBe('EN');
      expect(node.header.locale).toBe('EN');
      expect(node.title.text).not.toBe(node.it.text);
      if (node.lastMonitoringVisit) expect(node.lastMonitoringVisit.findings.locale).toBe('EN');
    }
    // The `lang` argument wins over the header; languages without a translation fall back to Italian.
    const french = await subgraph.query(query, { lang: 'FR' }, { ...asMonitor, 'accept-language': 'en' });
    const nodes = french.data!.pilotActions.edges.map((e: { node: unknown }) => e.node);
    const fr = nodes.filter((n: { title: { locale: string } }) => n.title.locale === 'FR');
    const fallback = nodes.filter((n: { title: { locale: string } }) => n.title.locale === 'IT');
    expect(fr.length).toBeGreaterThan(0);
    expect(fallback.length).toBeGreaterThan(0);
    expect(fr.length + fallback.length).toBe(80);
    for (const n of fallback) expect(n.title.text).toBe(n.it.text);
    const chinese = await subgraph.query(
      `{ pilotAction(id: "PA-009") { title(lang: ZH) { text locale } it: title { text locale } } }`,
    );
    expect(chinese.data!.pilotAction.title).toEqual({
      text: chinese.data!.pilotAction.it.text,
      locale: 'IT',
    });
    expect(chinese.data!.pilotAction.it.locale).toBe('IT');
  });
});
