import { afterAll, beforeAll, expect, it } from 'vitest';
import { findMunicipality, istat } from '../../../lib/istat.js';
import { describeEachDialect, seededDatabase } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { silentLogger } from '../../../lib/log.js';
import { associations } from './subgraph.js';
import { generateRegister } from './data/generate/index.js';
import { KIND_QUOTAS } from './data/generate/kinds.js';
import type { AssociationsDb } from './data/tables.js';
import {
  FILTER_CASES,
  LISTED_FIELDS,
  countByCommunity,
  readAll,
  readRegister,
  type Listed,
} from './associations.fixture.js';

describeEachDialect('associations subgraph', (dialect) => {
  let subgraph: RunningSubgraph;
  let all: Listed[];
  let startupStatements: number;
  beforeAll(async () => {
    subgraph = await startSubgraph(associations, dialect.config('associations'));
    startupStatements = subgraph.statements();
    all = await readRegister(subgraph);
  });
  afterAll(() => subgraph?.dispose());

  it('holds exactly ASS-0001 .. ASS-1200, of every kind, mostly migrants’ associations', () => {
    const ids = all.map((a) => a.id).sort();
    expect(ids).toEqual(Array.from({ length: 1200 }, (_, i) => `ASS-${String(i + 1).padStart(4, '0')}`));
    const byKind = (kind: string) => all.filter((a) => a.kind === kind).length;
    expect(Object.fromEntries(Object.keys(KIND_QUOTAS).map((kind) => [kind, byKind(kind)]))).toEqual(
      KIND_QUOTAS,
    );
    expect(KIND_QUOTAS.MIGRANT_ASSOCIATION).toBeGreaterThan(all.length / 2);
    expect(new Set(all.map((a) => a.name)).size).toBe(1200);
    // Migrated and seeded in batches (what keeps start-up fast), not a statement per association.
    expect(startupStatements).toBeLessThan(all.length / 10);
  });

  it('seeds consistent records: real seats, register entries after founding, fields only for the cultural area', () => {
    const registered = all.filter((a) => a.registerEntry);
    expect(registered.length / all.length).toBeGreaterThan(0.5);
    expect(registered.length / all.length).toBeLessThan(0.7);
    for (const a of all) {
      expect(findMunicipality(a.seat.istatCode)).toBeDefined();
      expect(a.foundedYear).toBeGreaterThanOrEqual(1985);
      expect(a.foundedYear).toBeLessThanOrEqual(2024);
      for (const c of a.communities) expect(c).toMatch(/^[A-Z]{2}$/);
      if (a.kind === 'MIGRANT_ASSOCIATION') expect(a.communities.length).toBeGreaterThan(0);
      expect(a.culturalFields.length > 0).toBe(a.kind === 'CULTURAL_ORGANISATION');
      if (a.registerEntry) {
        const [, , year] = a.registerEntry.number.split('/');
        expect(a.registerEntry.number).toMatch(/^[AC]\/\d+\/\d{4}\/[A-Z]{2}$/);
        expect(year).toBe(a.registerEntry.registeredOn.slice(0, 4));
        expect(Number(year)).toBeGreaterThanOrEqual(a.foundedYear ?? 0);
      }
    }
    expect(all.filter((a) => a.communities.length > 1).length).toBeGreaterThan(50);
    expect(new Set(all.map((a) => a.regionCode)).size).toBe(20);
  });

  it('has a Senegalese community seated across the country, Campania included', async () => {
    const senegalese = all.filter((a) => a.communities.includes('SN'));
    expect(senegalese.length).toBeGreaterThanOrEqual(40);
    expect(senegalese.length).toBeLessThanOrEqual(100);
    const regions = new Set(senegalese.map((a) => a.regionCode));
    for (const region of ['15', '03', '09', '08']) expect(regions).toContain(region);
    const result = await subgraph.query(
      `{ associations(filter: { community: "SN" }, first: 100) { totalCount edges { node { id communities } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const connection = result.data?.associations;
    expect(connection.totalCount).toBe(senegalese.length);
    expect(connection.edges.length).toBe(senegalese.length);
    for (const { node } of connection.edges) expect(node.communities).toContain('SN');
  });

  it('looks associations up by id, null when unknown, also as entity references', async () => {
    const result = await subgraph.query(`{
      association(id: "ASS-0001") { id name kind communities seat { istatCode } registerEntry { section } culturalFields contacts { email } }
      unknown: association(id: "ASS-9999") { id }
      _entities(representations: [{ __typename: "Association", id: "ASS-0004" }, { __typename: "Association", id: "ASS-9998" }]) {
        ... on Association { name kind culturalFields communities }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.association).toMatchObject({
      id: 'ASS-0001',
      name: 'Associazione dei Senegalesi di Napoli',
      kind: 'MIGRANT_ASSOCIATION',
      communities: ['SN'],
      seat: { istatCode: '063049' },
      registerEntry: { section: 'Sezione I' },
      culturalFields: [],
    });
    expect(result.data?.unknown).toBeNull();
    expect(result.data?._entities).toEqual([
      {
        name: 'Teatro Ponte Culturale',
        kind: 'CULTURAL_ORGANISATION',
        culturalFields: ['THEATRE', 'MUSIC'],
        communities: [],
      },
      null,
    ]);
  });

  it('rejects malformed keys, codes and page arguments with BAD_USER_INPUT naming the argument', async () => {
    const cases: [string, string][] = [
      [`{ association(id: "1") { id } }`, 'id'],
      [`{ associations(filter: { community: "sn" }) { totalCount } }`, 'filter.community'],
      [`{ associations(filter: { community: "SEN" }) { totalCount } }`, 'filter.community'],
      [`{ associations(filter: { regionCode: "Lombardia" }) { totalCount } }`, 'filter.regionCode'],
      [`{ associations(filter: { provinceCode: "15" }) { totalCount } }`, 'filter.provinceCode'],
      [`{ associations(filter: { municipalityCode: "63049" }) { totalCount } }`, 'filter.municipalityCode'],
      [`{ associationCountsByCommunity(filter: { community: "S1" }) { count } }`, 'filter.community'],
      [`{ associations(first: 101) { totalCount } }`, 'first'],
      [`{ associations(after: "nope") { totalCount } }`, 'after'],
      [
        `{ _entities(representations: [{ __typename: "Region", code: "03" }]) { ... on Region { associations(filter: { provinceCode: "x" }) { totalCount } } } }`,
        'filter.provinceCode',
      ],
    ];
    for (const [query, argument] of cases) {
      const result = await subgraph.query(query);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('returns activities in the requested language, falling back to Italian', async () => {
    const query = `query($lang: Locale) { association(id: "ASS-0001") { activities(lang: $lang) { text locale } } }`;
    const italian = (await subgraph.query(query)).data?.association.activities;
    expect(italian.locale).toBe('IT');
    expect(italian.text).toMatch(/comunità|servizi|lingua|lavoro|donne|sport|cosviluppo|legale/i);
    const english = (await subgraph.query(query, {}, { 'accept-language': 'en-GB,en;q=0.9' })).data
      ?.association.activities;
    expect(english.locale).toBe('EN');
    expect(english.text).not.toBe(italian.text);
    const french = (await subgraph.query(query, { lang: 'FR' }, { 'accept-language': 'en' })).data
      ?.association.activities;
    expect(french.locale).toBe('FR');
    const chinese = (await subgraph.query(query, { lang: 'ZH' })).data?.association.activities;
    expect(chinese).toEqual({ text: italian.text, locale: 'IT' });
    const german = (await subgraph.query(query, {}, { 'accept-language': 'de-DE' })).data?.association
      .activities;
    expect(german).toEqual(italian);
  });

  it('applies every filter in SQL: totals and rows agree with the register', async () => {
    const byId = new Map(all.map((a) => [a.id, a]));
    for (const { filter, matches, nonEmpty = true } of FILTER_CASES) {
      const expected = all.filter(matches).length;
      if (nonEmpty) expect(expected, filter).toBeGreaterThan(0);
      const result = await subgraph.query(
        `{ associations(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`,
      );
      expect(result.errors, filter).toBeUndefined();
      const { totalCount, edges } = result.data?.associations as {
        totalCount: number;
        edges: { node: { id: string } }[];
      };
      expect(totalCount, filter).toBe(expected);
      expect(edges.length, filter).toBe(Math.min(100, expected));
      for (const { node } of edges)
        expect(matches(byId.get(node.id) as Listed), `${filter} ${node.id}`).toBe(true);
    }
  });

  it('lists the associations of regions, provinces and municipalities referenced by the gateway', async () => {
    const territories = [
      { __typename: 'Region', code: '03' },
      { __typename: 'Region', code: '15' },
      { __typename: 'Province', code: '015' },
      { __typename: 'Province', code: '063' },
      { __typename: 'Municipality', istatCode: '015146' },
      { __typename: 'Municipality', istatCode: '063049' },
    ];
    const connection = `associations(filter: { kinds: [MIGRANT_ASSOCIATION] }, first: 5) { totalCount edges { node { id kind } } }`;
    const result = await subgraph.query(
      `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Region { code ${connection} } ... on Province { code ${connection} } ... on Municipality { istatCode ${connection} } } }`,
      { r: territories },
    );
    expect(result.errors).toBeUndefined();
    const migrants = all.filter((a) => a.kind === 'MIGRANT_ASSOCIATION');
    const expected = [
      ...['03', '15'].map((code) => migrants.filter((a) => a.regionCode === code).length),
      ...['015', '063'].map((code) => migrants.filter((a) => a.provinceCode === code).length),
      ...['015146', '063049'].map((code) => migrants.filter((a) => a.seat.istatCode === code).length),
    ];
    const entities = result.data?._entities as {
      associations: { totalCount: number; edges: { node: { kind: string } }[] };
    }[];
    expect(entities.map((e) => e.associations.totalCount)).toEqual(expected);
    for (const entity of entities) {
      expect(entity.associations.edges.length).toBe(Math.min(5, entity.associations.totalCount));
      for (const { node } of entity.associations.edges) expect(node.kind).toBe('MIGRANT_ASSOCIATION');
    }
  });

  it('counts associations by community, largest first, as the register does', async () => {
    const result = await subgraph.query(`{
      all: associationCountsByCommunity { community count }
      lombardy: associationCountsByCommunity(filter: { regionCode: "03", kinds: [MIGRANT_ASSOCIATION] }) { community count }
      _entities(representations: [{ __typename: "Region", code: "03" }, { __typename: "Region", code: "15" }]) { ... on Region {
        migrants: associationCountsByCommunity(filter: { kinds: [MIGRANT_ASSOCIATION] }) { community count }
        total: associations(filter: { kinds: [MIGRANT_ASSOCIATION] }, first: 0) { totalCount }
        senegalese: associationCountsByCommunity(filter: { community: "SN" }) { community count }
      } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.all).toEqual(countByCommunity(all));
    const lombardMigrants = all.filter((a) => a.regionCode === '03' && a.kind === 'MIGRANT_ASSOCIATION');
    const [lombardy, campania] = result.data?._entities as {
      migrants: { count: number }[];
      total: { totalCount: number };
      senegalese: { community: string; count: number }[];
    }[];
    expect(result.data?.lombardy).toEqual(countByCommunity(lombardMigrants));
    expect(lombardy?.migrants).toEqual(result.data?.lombardy);
    // Each association counts once per community it represents: the counts add up to the region's
    // migrant associations plus one for every further community of a multi-community association.
    const sum = lombardy?.migrants.reduce((total, c) => total + c.count, 0);
    expect(lombardy?.total.totalCount).toBe(lombardMigrants.length);
    expect(sum).toBe(lombardMigrants.reduce((total, a) => total + a.communities.length, 0));
    expect(sum).toBe(
      lombardMigrants.length + lombardMigrants.reduce((extra, a) => extra + a.communities.length - 1, 0),
    );
    const senegaleseInCampania = all.filter(
      (a) => a.regionCode === '15' && a.communities.includes('SN'),
    ).length;
    expect(campania?.senegalese[0]).toEqual({ community: 'SN', count: senegaleseInCampania });
  });

  it('pages through a region’s associations with cursors, without gaps or repeats', async () => {
    const query = `query($after: String) { _entities(representations: [{ __typename: "Region", code: "03" }]) { ... on Region {
      associations(first: 45, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${LISTED_FIELDS} } } } } } }`;
    const { nodes, totalCount, pages } = await readAll(
      subgraph,
      query,
      (data) => (data['_entities'] as { associations: never }[])[0]?.associations as never,
    );
    const expected = all
      .filter((a) => a.regionCode === '03')
      .map((a) => a.id)
      .sort();
    expect(totalCount).toBe(expected.length);
    expect(pages).toBe(Math.ceil(expected.length / 45));
    expect(nodes.map((a) => a.id).sort()).toEqual(expected);
  });

  it('resolves 100 entity references with their relations in as many statements as 10', async () => {
    const cost = async (fragment: string, representations: Record<string, string>[]) => {
      const before = subgraph.statements();
      const result = await subgraph.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ${fragment} } }`,
        { r: representations },
      );
      expect(result.errors).toBeUndefined();
      expect((result.data?._entities as unknown[]).filter(Boolean).length).toBe(representations.length);
      return subgraph.statements() - before;
    };
    const associationFields = `... on Association { id name communities culturalFields seat { istatCode } registerEntry { number } activities { text } contacts { phone } }`;
    const ids = all.map((a) => ({ __typename: 'Association', id: a.id }));
    const seats = [...new Set(all.map((a) => a.seat.istatCode))].map((istatCode) => ({
      __typename: 'Municipality',
      istatCode,
    }));
    const provinces = [...new Set(all.map((a) => a.provinceCode))].map((code) => ({
      __typename: 'Province',
      code,
    }));
    const regions = istat().regions.map(({ code }) => ({ __typename: 'Region', code }));
    const nodes = `edges { node { id communities culturalFields } }`;
    const cases: [string, Record<string, string>[], number, number, number][] = [
      // fragment, representations, few, many, statements: rows, then one per relation kind
      [associationFields, ids, 10, 100, 3],
      [`... on Municipality { associations(first: 3) { totalCount ${nodes} } }`, seats, 10, 100, 3],
      [`... on Province { associations(first: 3) { totalCount ${nodes} } }`, provinces, 10, 100, 3],
      [
        `... on Region { associationCountsByCommunity { count } associations(first: 3) { totalCount ${nodes} } }`,
        regions,
        2,
        20,
        4,
      ],
    ];
    for (const [fragment, representations, few, many, statements] of cases) {
      expect(representations.length).toBeGreaterThanOrEqual(many);
      const costFew = await cost(fragment, representations.slice(0, few));
      const costMany = await cost(fragment, representations.slice(0, many));
      expect([costFew, costMany], fragment).toEqual([statements, statements]);
    }
  });
});

describeEachDialect('associations seed', (dialect) => {
  it('is deterministic, and does nothing when the register is already there', async () => {
    expect(JSON.stringify(generateRegister())).toBe(JSON.stringify(generateRegister()));
    let statements = 0;
    const database = await seededDatabase<AssociationsDb>(
      dialect.config('associations-seed'),
      associations.migrations,
      associations.seed,
      () => statements++,
    );
    try {
      const before = statements;
      await associations.seed(database.db, silentLogger());
      expect(statements - before).toBe(1);
      const { n } = await database.db
        .selectFrom('associations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n)).toBe(1200);
    } finally {
      await database.dispose();
    }
  });
});
