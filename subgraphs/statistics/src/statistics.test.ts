/**
 * The statistics subgraph's figures on SQLite and PostgreSQL: the volumes held, plausible national
 * figures, regions that are the sums of their provinces, the window of the minors' census, the
 * labour market's derived rates, and provenance that marks every figure as generated.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { istat } from '../../../lib/istat.js';
import { statistics } from './subgraph.js';

const entities = (typename: string, codes: readonly string[]) =>
  codes.map((code) => ({ __typename: typename, code }));
const REGIONS = istat().regions.map((r) => r.code);
const PROVINCES = istat().provinces;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describeEachDialect('statistics subgraph', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(statistics, dialect.config('statistics'));
  });
  afterAll(() => subgraph?.dispose());

  async function data(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
    const result = await subgraph.query(query, variables, headers);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }
  const onEntities = (fragment: string) =>
    `query($r: [_Any!]!) { _entities(representations: $r) { ${fragment} } }`;

  it('holds at least 40 citizenships in every one of the 107 provinces, for every year since 2019', async () => {
    const { residentYears, all } = await data(
      `{ residentYears all: foreignResidents(first: 1) { totalCount } }`,
    );
    expect(residentYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(all.totalCount).toBeGreaterThanOrEqual(40 * 107 * 7);
    expect(PROVINCES).toHaveLength(107);
    const { _entities } = await data(
      onEntities('... on Province { code residentsByCitizenship(year: 2019, first: 250) { total } }'),
      {
        r: entities(
          'Province',
          PROVINCES.map((p) => p.code),
        ),
      },
    );
    for (const province of _entities as { residentsByCitizenship: { total: number }[] }[]) {
      expect(province.residentsByCitizenship.length).toBeGreaterThanOrEqual(40);
      expect(province.residentsByCitizenship.every((c) => c.total > 0)).toBe(true);
    }
  });

  it('answers national figures of ISTAT’s order of magnitude, changing smoothly, where communities settle', async () => {
    const { _entities } = await data(
      onEntities(
        '... on Community { code residents { year total women byRegion { region { code } total } } y2023: residents(year: 2023) { total } }',
      ),
      { r: entities('Community', ['RO', 'MA', 'AL', 'SN', 'CN', 'PH', 'UA', 'ZZ']) },
    );
    const [ro, ma, al, sn, cn, ph, ua, unknown] = _entities;
    expect(ro.residents.year).toBe(2026);
    const totals = { RO: ro, MA: ma, AL: al, SN: sn } as const;
    const expected = { RO: 1_080_000, MA: 420_000, AL: 416_000, SN: 111_000 };
    for (const [code, community] of Object.entries(totals)) {
      const ratio = community.residents.total / expected[code as keyof typeof expected];
      expect(ratio, code).toBeGreaterThan(0.8);
      expect(ratio, code).toBeLessThan(1.25);
      expect(Math.abs(community.residents.total / community.y2023.total - 1), code).toBeLessThan(0.2);
    }
    expect(ro.residents.women / ro.residents.total).toBeGreaterThan(0.5);
    expect(sn.residents.women / sn.residents.total).toBeLessThan(0.4);
    const top = (c: { residents: { byRegion: { region: { code: string } }[] } }, n: number) =>
      c.residents.byRegion.slice(0, n).map((r) => r.region.code);
    expect(top(sn, 4).every((code) => ['03', '05', '08', '09', '01'].includes(code))).toBe(true);
    expect(top(cn, 2)).toContain('09');
    expect(top(ph, 2).sort()).toEqual(['03', '12']);
    expect(top(ua, 3)).toContain('15');
    expect(unknown.residents).toBeNull();
    const prato = await data(
      onEntities('... on Province { residentsByCitizenship(first: 1) { community { code } share } }'),
      {
        r: entities('Province', ['100']),
      },
    );
    expect(prato._entities[0].residentsByCitizenship).toEqual([
      { community: { code: 'CN' }, share: expect.any(Number) },
    ]);
  });

  it('sums a region’s provinces for the region, of all citizenships or of one', async () => {
    const lombardy = PROVINCES.filter((p) => p.regionCode === '03').map((p) => p.code);
    const fields =
      'all: residents(year: 2024) { total women } sn: residents(year: 2024, citizenship: "SN") { total women community { code } }';
    const region = await data(onEntities(`... on Region { ${fields} }`), { r: entities('Region', ['03']) });
    const provinces = await data(onEntities(`... on Province { ${fields} }`), {
      r: entities('Province', lombardy),
    });
    const [lombardia] = region._entities;
    for (const key of ['all', 'sn'] as const) {
      expect(lombardia[key].total).toBe(
        sum(provinces._entities.map((p: Record<string, { total: number }>) => p[key]!.total)),
      );
      expect(lombardia[key].women).toBe(
        sum(provinces._entities.map((p: Record<string, { women: number }>) => p[key]!.women)),
      );
    }
    expect(lombardia.sn.community).toEqual({ code: 'SN' });
    const community = await data(
      onEntities('... on Community { residents(year: 2024) { byRegion { region { code } total } } }'),
      {
        r: entities('Community', ['SN']),
      },
    );
    const inLombardy = community._entities[0].residents.byRegion.find(
      (r: { region: { code: string } }) => r.region.code === '03',
    );
    expect(inLombardy.total).toBe(lombardia.sn.total);
    const byCitizenship = await data(
      onEntities('... on Region { residentsByCitizenship(year: 2024, first: 250) { total share } }'),
      {
        r: entities('Region', ['03']),
      },
    );
    const list = byCitizenship._entities[0].residentsByCitizenship as { total: number; share: number }[];
    expect(sum(list.map((c) => c.total))).toBe(lombardia.all.total);
    expect(list.map((c) => c.total)).toEqual([...list.map((c) => c.total)].sort((a, b) => b - a));
    expect(sum(list.map((c) => c.share))).toBeCloseTo(100, 0);
  });

  it('answers the last months of the minors’ census in every region, with breakdowns that add up', async () => {
    const months = `month total byAgeBand { ageBand count } byGender { gender count } byCitizenship { community { code } count }`;
    const { _entities } = await data(
      onEntities(`... on Region { code all: unaccompaniedMinors(months: 36) { month total } latest: unaccompaniedMinors { ${months} }
        spring: unaccompaniedMinors(months: 3, until: "2025-06") { month } }`),
      { r: entities('Region', REGIONS) },
    );
    for (const region of _entities) {
      expect(region.all).toHaveLength(36);
      expect(region.all[0].month).toBe('2024-01');
      expect(region.latest.map((m: { month: string }) => m.month)).toEqual(
        region.all.slice(24).map((m: { month: string }) => m.month),
      );
      expect(region.spring.map((m: { month: string }) => m.month)).toEqual(['2025-04', '2025-05', '2025-06']);
      for (const month of region.latest) {
        expect(sum(month.byAgeBand.map((b: { count: number }) => b.count))).toBe(month.total);
        expect(sum(month.byGender.map((g: { count: number }) => g.count))).toBe(month.total);
        expect(sum(month.byCitizenship.map((c: { count: number }) => c.count))).toBe(month.total);
      }
    }
    const december = (r: { latest: { total: number }[] }) => r.latest.at(-1)!.total;
    const ranked = [..._entities].sort((a, b) => december(b) - december(a)).map((r) => r.code);
    expect(ranked.slice(0, 2)).toEqual(['19', '03']);
    const italy = await data(
      `{ unaccompaniedMinors(from: "2026-12") { month total byGender { gender count } } sicily: unaccompaniedMinors(regionCode: "19", from: "2025-01", until: "2025-12") { month } }`,
    );
    expect(italy.unaccompaniedMinors).toHaveLength(1);
    expect(italy.unaccompaniedMinors[0].total).toBe(sum(_entities.map(december)));
    expect(italy.unaccompaniedMinors[0].total).toBeGreaterThan(12_000);
    expect(italy.unaccompaniedMinors[0].total).toBeLessThan(25_000);
    expect(italy.sicily).toHaveLength(12);
  });

  it('derives the labour market’s rates from its counts, by region and year', async () => {
    const { labourMarketIndicators, y2020 } =
      await data(`{ labourMarketIndicators { region { code } year employmentRate unemploymentRate activityRate employed unemployed population }
      y2020: labourMarketIndicators(year: 2020, regionCode: "19") { year region { code } } }`);
    expect(labourMarketIndicators.map((f: { region: { code: string } }) => f.region.code)).toEqual(REGIONS);
    for (const f of labourMarketIndicators) {
      expect(f.year).toBe(2025);
      expect(f.employmentRate).toBe(Math.round((f.employed / f.population) * 1000) / 10);
      expect(f.unemploymentRate).toBe(Math.round((f.unemployed / (f.employed + f.unemployed)) * 1000) / 10);
      expect(f.employmentRate).toBeGreaterThan(45);
      expect(f.employmentRate).toBeLessThan(75);
    }
    expect(y2020).toEqual([{ year: 2020, region: { code: '19' } }]);
    const { _entities } = await data(
      onEntities('... on Region { labourMarket(year: 2019) { year } labourMarketSeries { year } }'),
      {
        r: entities('Region', ['03']),
      },
    );
    expect(_entities[0].labourMarket).toEqual({ year: 2019 });
    expect(_entities[0].labourMarketSeries.map((f: { year: number }) => f.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
  });

  it('marks every figure as generated, in the language asked for', async () => {
    const source = 'source { id generated publisher description { text locale } }';
    const query = `{ foreignResidents(first: 1) { edges { node { ${source} } } } unaccompaniedMinors(from: "2026-12") { ${source} }
      labourMarketIndicators(regionCode: "01") { ${source} } }`;
    const italian = await data(query);
    const english = await data(query, undefined, { 'accept-language': 'en' });
    const sources = (d: Record<string, any>) => [
      d.foreignResidents.edges[0].node.source,
      d.unaccompaniedMinors[0].source,
      d.labourMarketIndicators[0].source,
    ];
    expect(sources(italian).map((s) => s.id)).toEqual(['residents', 'unaccompanied-minors', 'labour-market']);
    for (const s of sources(italian)) {
      expect(s.generated).toBe(true);
      expect(s.description.text).toMatch(/^Generati per lo sviluppo: plausibili, non ufficiali\./);
    }
    for (const s of sources(english))
      expect(s.description.text).toMatch(/^Generated for development: plausible, not official\./);
  });
});
