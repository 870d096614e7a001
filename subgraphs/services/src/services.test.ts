import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { services } from './subgraph.js';
import { generateServices } from './data/generate/index.js';
import { readAllServices, statementsOf, type Known } from './services.fixture.js';

describeEachDialect('services subgraph', (dialect) => {
  let subgraph: RunningSubgraph;
  let all: Known[];
  beforeAll(async () => {
    subgraph = await startSubgraph(services, dialect.config('services'));
    all = (await readAllServices(subgraph)).nodes;
  });
  afterAll(() => subgraph?.dispose());

  it('holds 5,200 services, 4,200 of them patronato desks, read in pages without gaps or repeats', async () => {
    const result = await subgraph.query(
      `{ all: services { totalCount } desks: services(filter: { providerKinds: [PATRONATO_DESK] }) { totalCount } }`,
    );
    expect(result.data).toEqual({ all: { totalCount: 5200 }, desks: { totalCount: 4200 } });
    expect(all).toHaveLength(5200);
    expect(all.map((s) => s.id)).toEqual(
      Array.from({ length: 5200 }, (_, i) => `SRV-${String(i + 1).padStart(5, '0')}`),
    );
    expect(all.filter((s) => s.providerKind === 'PATRONATO_DESK')).toHaveLength(4200);
    const regions = new Set(all.map((s) => s.regionCode));
    expect(regions.size).toBe(20);
    expect(regions.has('unknown')).toBe(false);
    // Patronato desks are free and serve WORK; about a third of the other services are run by an association.
    expect(
      all
        .filter((s) => s.providerKind === 'PATRONATO_DESK')
        .every((s) => s.freeOfCharge && s.areas.includes('WORK')),
    ).toBe(true);
    const others = all.filter((s) => s.providerKind !== 'PATRONATO_DESK');
    const run = others.filter((s) => s.association).length;
    expect(run / others.length).toBeGreaterThan(0.25);
    expect(run / others.length).toBeLessThan(0.4);
    expect(all.every((s) => s.languages[0] === 'it')).toBe(true);
  });

  it('seeds the same data on every run (a fixed seed, no clock), as the API lists it', () => {
    const first = generateServices();
    expect(JSON.stringify(generateServices())).toBe(JSON.stringify(first));
    expect(all.map((s) => [s.name.text, s.municipality.istatCode, s.languages])).toEqual(
      first.map((s) => [s.name.it, s.place.municipality.istatCode, s.languages]),
    );
  });

  it('looks up services by id, and answers null for unknown ids', async () => {
    const result = await subgraph.query(`{
      service(id: "SRV-00001") { id name { text locale } providerKind areas languages municipality { istatCode } association { id }
        address contacts { phone email website } freeOfCharge updatedAt openingHours { text } }
      naples: service(id: "SRV-00007") { association { id } municipality { istatCode } }
      last: service(id: "SRV-05200") { id }
      unknown: service(id: "SRV-05201") { id }
      _entities(representations: [{ __typename: "Service", id: "SRV-00002" }, { __typename: "Service", id: "SRV-99999" }]) {
        ... on Service { id providerKind }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const service = result.data?.service;
    expect(service).toMatchObject({
      id: 'SRV-00001',
      name: { text: 'Centro ISI – Informazione Salute Immigrati, ASL Città di Torino', locale: 'IT' },
      providerKind: 'HEALTH_UNIT',
      municipality: { istatCode: '001272' },
      association: null,
      freeOfCharge: true,
    });
    expect(service.areas).toContain('HEALTH');
    expect(service.languages).toEqual(expect.arrayContaining(['it', 'ar', 'pa']));
    expect(service.address).toMatch(/^(Via|Viale|Piazza|Corso|Largo) .+ \d+/);
    expect(service.contacts.phone).toMatch(/^\+39 011 \d+$/);
    expect(service.contacts.email).toMatch(/@/);
    expect(service.updatedAt).toMatch(/^202[56]-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    expect(service.openingHours.text).toMatch(/\d:\d\d–\d/);
    expect(result.data?.naples).toEqual({
      association: { id: 'ASS-0001' },
      municipality: { istatCode: '063049' },
    });
    expect(result.data?.last).toEqual({ id: 'SRV-05200' });
    expect(result.data?.unknown).toBeNull();
    expect(result.data?._entities).toEqual([{ id: 'SRV-00002', providerKind: 'CPIA_SCHOOL' }, null]);
  });

  it('rejects malformed ids, codes and pages with BAD_USER_INPUT naming the argument', async () => {
    const cases: [string, string][] = [
      [`{ service(id: "42") { id } }`, 'id'],
      [`{ services(filter: { regionCode: "3" }) { totalCount } }`, 'filter.regionCode'],
      [`{ services(filter: { provinceCode: "01" }) { totalCount } }`, 'filter.provinceCode'],
      [`{ services(filter: { municipalityCode: "Torino" }) { totalCount } }`, 'filter.municipalityCode'],
      [`{ services(filter: { languages: ["ar", "ARA"] }) { totalCount } }`, 'filter.languages'],
      [`{ services(filter: { associationId: "ASS-1" }) { totalCount } }`, 'filter.associationId'],
      [`{ services(first: 101) { totalCount } }`, 'first'],
      [`{ services(first: -1) { totalCount } }`, 'first'],
      [`{ services(after: "nope") { totalCount } }`, 'after'],
      [`{ serviceCountsByArea(territory: { regionCode: "Lombardia" }) { count } }`, 'territory.regionCode'],
      [
        `{ serviceCountsByArea(territory: { municipalityCode: "15146" }) { count } }`,
        'territory.municipalityCode',
      ],
      [
        `{ _entities(representations: [{ __typename: "Region", code: "03" }]) { ... on Region { services(filter: { languages: ["x"] }) { totalCount } } } }`,
        'filter.languages',
      ],
      [
        `{ _entities(representations: [{ __typename: "Association", id: "ASS-0001" }]) { ... on Association { services(first: 500) { totalCount } } } }`,
        'first',
      ],
    ];
    for (const [query, argument] of cases) {
      const result = await subgraph.query(query);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('answers in the language asked for, by header or argument, and falls back to Italian', async () => {
    const query = `query($id: ID!, $lang: Locale) { service(id: $id) { name(lang: $lang) { text locale } description(lang: $lang) { text locale } openingHours(lang: $lang) { text locale } } }`;
    const english = await subgraph.query(query, { id: 'SRV-00001' }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.data?.service.name).toEqual({
      text: 'ISI centre – Health Information for Immigrants, ASL Città di Torino',
      locale: 'EN',
    });
    expect(english.data?.service.openingHours.locale).toBe('EN');
    const arabic = await subgraph.query(query, { id: 'SRV-00001', lang: 'AR' }, { 'accept-language': 'en' });
    expect(arabic.data?.service.description.locale).toBe('AR');
    expect(arabic.data?.service.description.text).toMatch(/[\u0600-\u06FF]/);
    const french = await subgraph.query(query, { id: 'SRV-00001' }, { 'accept-language': 'fr-FR' });
    expect(french.data?.service.openingHours).toMatchObject({
      locale: 'FR',
      text: expect.stringMatching(/\dh\d\d/),
    });
    // A desk that speaks no Chinese publishes no Chinese text: the answer is Italian, and says so.
    const noChinese = all.find((s) => !s.languages.includes('zh'));
    const fallback = await subgraph.query(query, { id: noChinese?.id, lang: 'ZH' });
    expect(fallback.data?.service.description.locale).toBe('IT');
    expect(fallback.data?.service.name).toEqual({ text: noChinese?.name.text, locale: 'IT' });
    const german = await subgraph.query(query, { id: 'SRV-00001' }, { 'accept-language': 'de' });
    expect(german.data?.service.name.locale).toBe('IT');
    const argumentWins = await subgraph.query(
      query,
      { id: 'SRV-00001', lang: 'IT' },
      { 'accept-language': 'en' },
    );
    expect(argumentWins.data?.service.name.locale).toBe('IT');
  });

  it('resolves 100 entity references with their relations in the same number of statements as 10', async () => {
    const serviceQuery = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Service {
      id name { text } areas languages providerKind association { id } municipality { istatCode } contacts { email } } } }`;
    const serviceReps = (n: number) => all.slice(0, n).map((s) => ({ __typename: 'Service', id: s.id }));
    const services10 = await statementsOf(subgraph, serviceQuery, { r: serviceReps(10) });
    const services100 = await statementsOf(subgraph, serviceQuery, { r: serviceReps(100) });
    expect(services100).toBe(services10);
    expect(services10).toBe(1);

    const territoryQuery = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Municipality { istatCode services(first: 3, filter: { areas: [WORK] }) { totalCount edges { node { id name { text } association { id } } } } serviceCountsByArea { area count } }
      ... on Province { code services(first: 3) { totalCount edges { node { id } } } serviceCountsByArea { area count } }
      ... on Association { id services(first: 3) { totalCount edges { node { id municipality { istatCode } } } } } } }`;
    const municipalities = [...new Set(all.map((s) => s.municipality.istatCode))];
    const provinces = [...new Set(all.map((s) => s.provinceCode))];
    const associations = [...new Set(all.flatMap((s) => (s.association ? [s.association.id] : [])))];
    expect(municipalities.length).toBeGreaterThan(100);
    expect(provinces.length).toBe(107);
    expect(associations.length).toBeGreaterThan(100);
    const territoryReps = (n: number) => [
      ...municipalities.slice(0, n).map((istatCode) => ({ __typename: 'Municipality', istatCode })),
      ...provinces.slice(0, n).map((code) => ({ __typename: 'Province', code })),
      ...associations.slice(0, n).map((id) => ({ __typename: 'Association', id })),
    ];
    const territories10 = await statementsOf(subgraph, territoryQuery, { r: territoryReps(10) });
    const territories100 = await statementsOf(subgraph, territoryQuery, { r: territoryReps(100) });
    expect(territories100).toBe(territories10);
    // One paged statement per parent type, one GROUP BY per territory type: 3 + 2.
    expect(territories10).toBe(5);
    console.log(
      `[${dialect.dialect}] statements: services 10 -> ${services10}, 100 -> ${services100}; territories and associations 10 -> ${territories10}, 100 -> ${territories100}`,
    );
  });
});
