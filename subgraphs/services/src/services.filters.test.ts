/**
 * Filters, relations and counts, checked against figures computed in plain code from every
 * service as the API lists it (see services.fixture.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findMunicipality } from '../../../lib/istat.js';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { services } from './subgraph.js';
import {
  countsByArea,
  LISTED_FIELDS,
  readAll,
  readAllServices,
  type Known,
  type Page,
} from './services.fixture.js';

const anyOf = (values: readonly string[], wanted: readonly string[]) =>
  values.some((v) => wanted.includes(v));

describeEachDialect('services subgraph: filters, relations and counts', (dialect) => {
  let subgraph: RunningSubgraph;
  let all: Known[];
  beforeAll(async () => {
    subgraph = await startSubgraph(services, dialect.config('services'));
    all = (await readAllServices(subgraph)).nodes;
  });
  afterAll(() => subgraph?.dispose());

  const cases: [string, string, (s: Known) => boolean, boolean][] = [
    ['regionCode', '{ regionCode: "03" }', (s) => s.regionCode === '03', true],
    ['provinceCode', '{ provinceCode: "063" }', (s) => s.provinceCode === '063', true],
    [
      'municipalityCode',
      '{ municipalityCode: "015146" }',
      (s) => s.municipality.istatCode === '015146',
      true,
    ],
    ['areas', '{ areas: [HOUSING, HEALTH] }', (s) => anyOf(s.areas, ['HOUSING', 'HEALTH']), true],
    ['languages', '{ languages: ["zh", "wo"] }', (s) => anyOf(s.languages, ['zh', 'wo']), true],
    [
      'providerKinds',
      '{ providerKinds: [CPIA_SCHOOL, PUBLIC_OFFICE] }',
      (s) => anyOf([s.providerKind], ['CPIA_SCHOOL', 'PUBLIC_OFFICE']),
      true,
    ],
    [
      'targetGroups',
      '{ targetGroups: [UNACCOMPANIED_MINORS, WOMEN] }',
      (s) => anyOf(s.targetGroups, ['UNACCOMPANIED_MINORS', 'WOMEN']),
      true,
    ],
    ['freeOfCharge', '{ freeOfCharge: false }', (s) => !s.freeOfCharge, true],
    ['associationId', '{ associationId: "ASS-0001" }', (s) => s.association?.id === 'ASS-0001', true],
    [
      'nameContains (any case)',
      '{ nameContains: "inca CGIL" }',
      (s) => s.name.text.toLowerCase().includes('inca cgil'),
      true,
    ],
    [
      'nameContains with accents',
      '{ nameContains: "CITTÀ" }',
      (s) => s.name.text.toLowerCase().includes('città'),
      true,
    ],
    ['nameContains with LIKE wildcards', '{ nameContains: "_" }', (s) => s.name.text.includes('_'), false],
    ['empty lists set no condition', '{ areas: [], languages: [] }', () => true, true],
    [
      'every filter at once',
      '{ regionCode: "12", provinceCode: "058", areas: [WORK, LANGUAGE], languages: ["bn", "ur"], providerKinds: [PATRONATO_DESK], targetGroups: [WORKERS], freeOfCharge: true, nameContains: "patronato" }',
      (s) =>
        s.provinceCode === '058' &&
        anyOf(s.areas, ['WORK', 'LANGUAGE']) &&
        anyOf(s.languages, ['bn', 'ur']) &&
        s.providerKind === 'PATRONATO_DESK' &&
        s.targetGroups.includes('WORKERS') &&
        s.freeOfCharge &&
        s.name.text.toLowerCase().includes('patronato'),
      true,
    ],
  ];

  it.each(cases)(
    'filters by %s in SQL, as computed independently',
    async (_title, filter, predicate, nonEmpty) => {
      const result = await subgraph.query(
        `{ services(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const expected = all.filter(predicate);
      if (nonEmpty) expect(expected.length).toBeGreaterThan(0);
      expect(result.data?.services.totalCount).toBe(expected.length);
      const ids = (result.data?.services.edges as { node: { id: string } }[]).map((e) => e.node.id);
      expect(ids).toEqual(expected.slice(0, 100).map((s) => s.id));
    },
  );

  it('answers the Turin question from a Province reference: language and health services speaking Arabic or Punjabi', async () => {
    const query = `query($after: String) { _entities(representations: [{ __typename: "Province", code: "001" }]) { ... on Province {
      services(filter: { areas: [LANGUAGE, HEALTH], languages: ["ar", "pa"] }, first: 5, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${LISTED_FIELDS} } } } } } }`;
    const { nodes, totalCount, pages } = await readAll(
      subgraph,
      query,
      (data) => (data['_entities'] as { services: Page }[])[0]!.services,
    );
    const expected = all.filter(
      (s) =>
        s.provinceCode === '001' &&
        anyOf(s.areas, ['LANGUAGE', 'HEALTH']) &&
        anyOf(s.languages, ['ar', 'pa']),
    );
    expect(totalCount).toBe(expected.length);
    expect(totalCount).toBeGreaterThanOrEqual(5);
    expect(pages).toBeGreaterThan(1);
    expect(nodes.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    for (const service of nodes) {
      expect(service.municipality.istatCode.startsWith('001')).toBe(true);
      expect(anyOf(service.areas, ['LANGUAGE', 'HEALTH'])).toBe(true);
      expect(anyOf(service.languages, ['ar', 'pa'])).toBe(true);
    }
    expect(
      nodes.some((s) => s.providerKind === 'CPIA_SCHOOL') &&
        nodes.some((s) => s.providerKind === 'HEALTH_UNIT'),
    ).toBe(true);
  });

  it('lists the services of territories and associations, combining the parent with the filter', async () => {
    const result = await subgraph.query(`{ _entities(representations: [
        { __typename: "Region", code: "15" }, { __typename: "Region", code: "02" }, { __typename: "Municipality", istatCode: "063049" },
        { __typename: "Municipality", istatCode: "999999" }, { __typename: "Association", id: "ASS-0001" }, { __typename: "Association", id: "ASS-0005" }
      ]) {
        ... on Region { code services(filter: { areas: [WORK] }, first: 100) { totalCount edges { node { id } } } conflict: services(filter: { regionCode: "03" }) { totalCount } }
        ... on Municipality { istatCode services(filter: { providerKinds: [THIRD_SECTOR_BODY, MUNICIPALITY] }, first: 100) { totalCount edges { node { id } } } }
        ... on Association { id services(filter: { regionCode: "15" }, first: 100) { totalCount edges { node { id } } } }
      } }`);
    expect(result.errors).toBeUndefined();
    const [campania, aosta, naples, nowhere, ass1, ass5] = result.data?._entities as {
      services: { totalCount: number; edges: { node: { id: string } }[] };
      conflict?: { totalCount: number };
    }[];
    const check = (entity: typeof campania, predicate: (s: Known) => boolean) => {
      const expected = all.filter(predicate);
      expect(entity?.services.totalCount).toBe(expected.length);
      expect(entity?.services.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 100).map((s) => s.id));
    };
    check(campania, (s) => s.regionCode === '15' && s.areas.includes('WORK'));
    check(aosta, (s) => s.regionCode === '02' && s.areas.includes('WORK'));
    check(
      naples,
      (s) =>
        s.municipality.istatCode === '063049' &&
        ['THIRD_SECTOR_BODY', 'MUNICIPALITY'].includes(s.providerKind),
    );
    check(nowhere, () => false);
    check(ass1, (s) => s.association?.id === 'ASS-0001' && s.regionCode === '15');
    check(ass5, (s) => s.association?.id === 'ASS-0005' && s.regionCode === '15');
    expect(campania?.conflict?.totalCount).toBe(0);
    expect(ass1?.services.totalCount).toBeGreaterThan(0);
  });

  it('has associations running services in Campania, the Senegalese associations among them', async () => {
    const inCampania = all.filter((s) => s.association && s.regionCode === '15');
    expect(inCampania.length).toBeGreaterThan(20);
    const result =
      await subgraph.query(`{ _entities(representations: [{ __typename: "Association", id: "ASS-0006" }, { __typename: "Association", id: "ASS-0007" }]) {
      ... on Association { services(filter: { regionCode: "15" }) { edges { node { municipality { istatCode } } } } } } }`);
    for (const association of result.data?._entities as {
      services: { edges: { node: { municipality: { istatCode: string } } }[] };
    }[]) {
      expect(association.services.edges.length).toBeGreaterThan(0);
      for (const { node } of association.services.edges)
        expect(findMunicipality(node.municipality.istatCode)?.regionCode).toBe('15');
    }
  });

  it('counts services per area in SQL, listing every area in enum order with zeros', async () => {
    const single = all.find(
      (s) => all.filter((o) => o.municipality.istatCode === s.municipality.istatCode).length === 1,
    )!;
    const result = await subgraph.query(
      `query($m: ID!) {
        italy: serviceCountsByArea { area count }
        lombardy: serviceCountsByArea(territory: { regionCode: "03" }) { area count }
        narrowest: serviceCountsByArea(territory: { regionCode: "03", provinceCode: "001" }) { area count }
        milan: serviceCountsByArea(territory: { municipalityCode: "015146" }) { area count }
        _entities(representations: [{ __typename: "Region", code: "03" }, { __typename: "Province", code: "001" }, { __typename: "Municipality", istatCode: $m }]) {
          ... on Region { serviceCountsByArea { area count } } ... on Province { serviceCountsByArea { area count } } ... on Municipality { serviceCountsByArea { area count } }
        }
      }`,
      { m: single.municipality.istatCode },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.italy).toEqual(countsByArea(all));
    expect(data.lombardy).toEqual(countsByArea(all.filter((s) => s.regionCode === '03')));
    expect(data.narrowest).toEqual(countsByArea(all.filter((s) => s.provinceCode === '001')));
    expect(data.milan).toEqual(countsByArea(all.filter((s) => s.municipality.istatCode === '015146')));
    const [region, province, municipality] = data._entities as {
      serviceCountsByArea: { area: string; count: number }[];
    }[];
    expect(region?.serviceCountsByArea).toEqual(data.lombardy);
    expect(province?.serviceCountsByArea).toEqual(data.narrowest);
    expect(municipality?.serviceCountsByArea).toEqual(countsByArea([single]));
    expect(municipality?.serviceCountsByArea.filter((c) => c.count === 0).length).toBeGreaterThanOrEqual(4);
  });
});
