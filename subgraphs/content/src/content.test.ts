import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOCALES } from '../../../lib/locale.js';
import { findMunicipality } from '../../../lib/istat.js';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { content } from './subgraph.js';
import { REPORTED_COMMUNITIES } from './domain/communities.js';

const LANGS = LOCALES.map((l) => l.toUpperCase());
/** One alias per language: `it: summary(lang: IT) { ... }`. */
const everyLanguage = (field: string) =>
  LANGS.map((l) => `${l.toLowerCase()}: ${field}(lang: ${l}) { text locale fallback direction }`).join(' ');

describeEachDialect('content subgraph', (dialect) => {
  let subgraph: RunningSubgraph;
  let startup: number;
  beforeAll(async () => {
    subgraph = await startSubgraph(content, dialect.config('content'));
    startup = subgraph.statements();
  });
  afterAll(() => subgraph?.dispose());

  it('holds the seeded volumes, inserted in chunks', async () => {
    const result = await subgraph.query(`{
      reports: publications(filter: { kind: COMMUNITY_REPORT }, first: 0) { totalCount }
      labour: publications(filter: { kind: LABOUR_MARKET_REPORT }, first: 100) { totalCount edges { node { year edition } } }
      issues: newsletterIssues(first: 0) { totalCount }
      events: events(first: 0) { totalCount }
      incontro: events(filter: { series: "IN.CO.NT.RO" }, first: 100) { totalCount edges { node { kind startsOn communities { code } } } }
      experiences: culturalExperiences(first: 0) { totalCount }
      campaniaMusic: culturalExperiences(filter: { section: MUSIC, regionCode: "15" }, first: 0) { totalCount }
      projects: protectionProjects(first: 0) { totalCount }
    }`);
    expect(result.errors).toBeUndefined();
    const d = result.data!;
    expect(d.reports.totalCount).toBe(14 * 14);
    expect(d.labour.totalCount).toBe(15);
    expect(
      d.labour.edges.map((e: { node: { year: number; edition: number } }) => e.node.year - e.node.edition),
    ).toEqual(Array(15).fill(2010));
    expect(d.issues.totalCount).toBe(168);
    expect(d.events.totalCount).toBeGreaterThan(1500);
    expect(d.incontro.totalCount).toBe(16);
    for (const { node } of d.incontro.edges) {
      expect(node.kind).toBe('MEETING');
      expect(node.startsOn >= '2014-02-01' && node.startsOn <= '2014-05-31').toBe(true);
      expect([1, 2]).toContain(node.communities.length);
    }
    expect(d.experiences.totalCount).toBeGreaterThanOrEqual(300);
    expect(d.campaniaMusic.totalCount).toBeGreaterThanOrEqual(20);
    expect(d.projects.totalCount).toBeGreaterThanOrEqual(60);
    expect(startup).toBeLessThan(100);
  });

  it('covers all 20 regions in the Cultural Area and International Protection', async () => {
    for (const list of ['culturalExperiences', 'protectionProjects']) {
      const counts = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const code = String(i + 1).padStart(2, '0');
          const r = await subgraph.query(
            `{ ${list}(filter: { regionCode: "${code}" }, first: 0) { totalCount } }`,
          );
          return r.data?.[list].totalCount as number;
        }),
      );
      expect(
        counts.every((n) => n > 0),
        list,
      ).toBe(true);
    }
  });

  it("counts each region's experiences by section and its protection projects as the lists do", async () => {
    const sections = ['LITERATURE', 'CINEMA', 'THEATRE', 'MUSIC', 'VISUAL_ART_AND_CULTURAL_HERITAGE'];
    const codes = ['01', '15', '20'];
    const counted = await subgraph.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code culturalExperienceCounts { section count } protectionProjectCount } } }`,
      { r: [...codes, '99'].map((code) => ({ __typename: 'Region', code })) },
    );
    expect(counted.errors).toBeUndefined();
    const listed = await subgraph.query(
      `{ ${codes
        .flatMap((code) => [
          ...sections.map(
            (section) =>
              `e${code}_${section}: culturalExperiences(filter: { regionCode: "${code}", section: ${section} }, first: 0) { totalCount }`,
          ),
          `p${code}: protectionProjects(filter: { regionCode: "${code}" }, first: 0) { totalCount }`,
        ])
        .join(' ')} }`,
    );
    const lists = listed.data!;
    const entities = counted.data!._entities as {
      code: string;
      culturalExperienceCounts: { section: string; count: number }[];
      protectionProjectCount: number;
    }[];
    expect(entities.map((e) => e.code)).toEqual([...codes, '99']);
    for (const region of entities.slice(0, 3)) {
      expect(region.culturalExperienceCounts).toEqual(
        sections.map((section) => ({ section, count: lists[`e${region.code}_${section}`].totalCount })),
      );
      expect(region.protectionProjectCount).toBe(lists[`p${region.code}`].totalCount);
    }
    // A region with nothing has every section, at zero.
    expect(entities[3]!.culturalExperienceCounts.map((c) => c.count)).toEqual([0, 0, 0, 0, 0]);
    expect(entities[3]!.protectionProjectCount).toBe(0);
  });

  it('has every report summary and newsletter short version in all eleven languages, Arabic right to left', async () => {
    const result = await subgraph.query(`{
      publications(first: 100) { edges { node { id ${everyLanguage('summary')} } } }
      newsletterIssues(first: 100) { edges { node { id ${everyLanguage('shortVersion')} } } }
    }`);
    expect(result.errors).toBeUndefined();
    const nodes = [...result.data!.publications.edges, ...result.data!.newsletterIssues.edges].map(
      (e: { node: Record<string, { text: string; locale: string; fallback: boolean; direction: string }> }) =>
        e.node,
    );
    expect(nodes.length).toBe(200);
    for (const node of nodes) {
      for (const lang of LOCALES) {
        const text = node[lang]!;
        expect(text, `${(node as unknown as { id: string }).id} ${lang}`).toMatchObject({
          locale: lang.toUpperCase(),
          fallback: false,
        });
        expect(text.direction).toBe(lang === 'ar' ? 'RTL' : 'LTR');
      }
      expect(new Set(LOCALES.map((l) => node[l]!.text)).size).toBe(11);
      expect(node['pa']!.text).toMatch(/[\u0A00-\u0A7F]/);
    }
  });

  it("holds the second generations' common document and the plan against caporalato, in all eleven languages", async () => {
    const result = await subgraph.query(`{
      documents: publications(filter: { kind: SECOND_GENERATIONS_DOCUMENT }) { edges { node { year edition community { code } title(lang: EN) { text } ${everyLanguage('summary')} } } }
      plans: publications(filter: { kind: POLICY_PLAN }) { edges { node { year title(lang: EN) { text } ${everyLanguage('summary')} } } }
    }`);
    expect(result.errors).toBeUndefined();
    const [document] = result.data!.documents.edges;
    const [plan] = result.data!.plans.edges;
    expect(result.data!.documents.edges).toHaveLength(1);
    expect(document.node).toMatchObject({ year: 2014, edition: null, community: null });
    expect(plan.node.title.text).toMatch(/caporalato 2020-2022/);
    for (const { node } of [document, plan])
      for (const lang of LOCALES)
        expect(node[lang], lang).toMatchObject({ locale: lang.toUpperCase(), fallback: false });
  });

  it('answers this month’s newsletter with its events near Turin', async () => {
    const result = await subgraph.query(`{
      newsletterIssue(month: "2026-12") { id number month items { kind scope event { id startsOn } publication { id } }
        events(provinceCode: "001") { id startsOn municipality { istatCode } } all: events { id } }
      latestNewsletterIssue { id }
    }`);
    expect(result.errors).toBeUndefined();
    const issue = result.data!.newsletterIssue;
    expect(issue).toMatchObject({ id: 'NL-2026-12', number: 168, month: '2026-12' });
    expect(result.data!.latestNewsletterIssue).toEqual({ id: 'NL-2026-12' });
    expect(issue.items.length).toBeGreaterThanOrEqual(8);
    const kinds = new Set(issue.items.map((i: { kind: string }) => i.kind));
    expect([...kinds].sort()).toEqual(['CASE_LAW', 'EVENT', 'LEGISLATION', 'NEWS', 'PROJECT', 'PUBLICATION']);
    for (const item of issue.items) {
      expect(item.scope !== null).toBe(item.kind === 'PROJECT');
      if (item.kind === 'EVENT') expect(item.event.startsOn.slice(0, 7)).toBe('2026-12');
      expect(item.publication !== null).toBe(item.kind === 'PUBLICATION');
    }
    expect(issue.events.length).toBeGreaterThanOrEqual(10);
    for (const e of issue.events) {
      expect(e.startsOn.slice(0, 7)).toBe('2026-12');
      expect(findMunicipality(e.municipality.istatCode)?.provinceCode).toBe('001');
    }
    expect(issue.all.length).toBeGreaterThan(issue.events.length);
  });

  it('gives each community its reports newest first and its events', async () => {
    const representations = REPORTED_COMMUNITIES.map(({ code }) => ({ __typename: 'Community', code }));
    const result = await subgraph.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { code
        reports { year community { code } } latestReport { year kind } events(first: 2) { totalCount edges { node { communities { code } } } } } } }`,
      { r: [...representations, { __typename: 'Community', code: 'FR' }] },
    );
    expect(result.errors).toBeUndefined();
    const entities = result.data!._entities;
    for (const [i, { code }] of REPORTED_COMMUNITIES.entries()) {
      const c = entities[i];
      expect(c.reports.map((r: { year: number }) => r.year)).toEqual(
        Array.from({ length: 14 }, (_, y) => 2025 - y),
      );
      expect(c.reports.every((r: { community: { code: string } }) => r.community.code === code)).toBe(true);
      expect(c.latestReport).toEqual({ year: 2025, kind: 'COMMUNITY_REPORT' });
      expect(c.events.totalCount).toBeGreaterThan(0);
      for (const { node } of c.events.edges)
        expect(node.communities.map((x: { code: string }) => x.code)).toContain(code);
    }
    expect(entities[14]).toMatchObject({ code: 'FR', reports: [], latestReport: null });
  });

  it('looks records up by key, null when unknown', async () => {
    const result = await subgraph.query(`{
      publication(id: "PUB-0001") { id kind year edition community { code } title(lang: EN) { text } publishedOn }
      unknownPublication: publication(id: "PUB-9999") { id }
      event(id: "EV-00001") { id } unknownEvent: event(id: "EV-99999") { id }
      culturalExperience(id: "CE-0001") { id section } unknownExperience: culturalExperience(id: "CE-9999") { id }
      protectionProject(id: "PP-0001") { id region { code } beneficiaries services { id } }
      unknownProject: protectionProject(id: "PP-9999") { id }
      unknownIssue: newsletterIssue(month: "2012-12") { id }
      _entities(representations: [{ __typename: "Event", id: "EV-99999" }, { __typename: "NewsletterIssue", id: "NL-2013-01" }]) {
        ... on NewsletterIssue { number month }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const d = result.data!;
    expect(d.publication).toMatchObject({
      id: 'PUB-0001',
      kind: 'LABOUR_MARKET_REPORT',
      year: 2011,
      edition: 1,
      community: null,
    });
    expect(d.publication.title.text).toContain('Migrants in the Italian Labour Market');
    expect(d.event).toEqual({ id: 'EV-00001' });
    expect(d.culturalExperience).toEqual({ id: 'CE-0001', section: 'LITERATURE' });
    expect(d.protectionProject.region).toEqual({ code: '01' });
    expect(d.protectionProject.beneficiaries.length).toBeGreaterThan(0);
    for (const key of [
      'unknownPublication',
      'unknownEvent',
      'unknownExperience',
      'unknownProject',
      'unknownIssue',
    ])
      expect(d[key], key).toBeNull();
    expect(d._entities).toEqual([null, { number: 1, month: '2013-01' }]);
  });

  it('refuses malformed ids, codes, months and years with BAD_USER_INPUT naming the argument', async () => {
    const cases: [string, string][] = [
      [`{ publication(id: "PUB-1") { id } }`, 'id'],
      [`{ event(id: "ASS-0001") { id } }`, 'id'],
      [`{ culturalExperience(id: "ce-0001") { id } }`, 'id'],
      [`{ protectionProject(id: "PP-") { id } }`, 'id'],
      [`{ newsletterIssue(month: "2026-13") { id } }`, 'month'],
      [`{ newsletterIssues(year: 26) { totalCount } }`, 'year'],
      [`{ publications(filter: { communityCode: "ph" }) { totalCount } }`, 'filter.communityCode'],
      [`{ publications(filter: { communityCode: "XK" }) { totalCount } }`, 'filter.communityCode'],
      [`{ events(filter: { provinceCode: "1" }) { totalCount } }`, 'filter.provinceCode'],
      [`{ events(filter: { from: "2026-12-31", to: "2026-12-01" }) { totalCount } }`, 'filter.to'],
      [`{ culturalExperiences(filter: { regionCode: "Campania" }) { totalCount } }`, 'filter.regionCode'],
      [`{ protectionProjects(filter: { regionCode: "1" }) { totalCount } }`, 'filter.regionCode'],
      [`{ newsletterIssue(month: "2026-12") { events(provinceCode: "TO") { id } } }`, 'provinceCode'],
      [`{ events(first: 101) { totalCount } }`, 'first'],
    ];
    for (const [query, argument] of cases) {
      const result = await subgraph.query(query);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
