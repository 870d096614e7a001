/**
 * `Community` as this subgraph extends it: the languages a community speaks and the services whose
 * desk speaks one of them, checked against every service as the API lists it (see services.fixture.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCountryCode } from '../../../lib/iso3166.js';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { services } from './subgraph.js';
import { COMMUNITY_LANGUAGES, languagesOf } from './data/communityLanguages.js';
import {
  LISTED_FIELDS,
  readAll,
  readAllServices,
  statementsOf,
  type Known,
  type Page,
} from './services.fixture.js';

type Entity = {
  code: string;
  languages: string[];
  services: { totalCount: number; edges: { node: { id: string } }[] };
};

const ENTITIES = `query($r: [_Any!]!, $filter: ServiceFilter, $first: Int) { _entities(representations: $r) {
  ... on Community { code languages services(filter: $filter, first: $first) { totalCount edges { node { id } } } } } }`;

const communities = (...codes: string[]) => codes.map((code) => ({ __typename: 'Community', code }));
const anyOf = (values: readonly string[], wanted: readonly string[]) =>
  values.some((v) => wanted.includes(v));

describe('languages of the communities', () => {
  it('covers the largest communities in Italy with ISO 639-1 codes other than Italian', () => {
    const codes = Object.keys(COMMUNITY_LANGUAGES);
    expect(codes.length).toBeGreaterThanOrEqual(60);
    for (const code of codes) {
      expect(isCountryCode(code), code).toBe(true);
      const languages = languagesOf(code);
      expect(languages.length, code).toBeGreaterThan(0);
      expect(new Set(languages).size, code).toBe(languages.length);
      for (const language of languages) expect(language, code).toMatch(/^(?!it$)[a-z]{2}$/);
    }
    expect(languagesOf('SN')).toEqual(['wo', 'fr']);
    expect(languagesOf('IN')).toEqual(['pa', 'hi']);
    expect(languagesOf('PK')).toEqual(['ur', 'pa']);
    expect(languagesOf('PH')).toEqual(['tl', 'en']);
    expect(languagesOf('UA')).toEqual(['uk', 'ru']);
    for (const largest of ['RO', 'AL', 'MA', 'CN', 'BD', 'EG', 'MD', 'NG', 'LK', 'TN', 'PE', 'EC'])
      expect(languagesOf(largest).length, largest).toBeGreaterThan(0);
    expect(languagesOf('toString')).toEqual([]);
    // All of them in one batch stay within SQLite's 500 terms of a compound select (see servicesSpeakingTo).
    expect(Object.values(COMMUNITY_LANGUAGES).flat().length).toBeLessThan(500);
  });
});

describeEachDialect('services subgraph: communities', (dialect) => {
  let subgraph: RunningSubgraph;
  let all: Known[];
  beforeAll(async () => {
    subgraph = await startSubgraph(services, dialect.config('services-communities'));
    all = (await readAllServices(subgraph)).nodes;
  });
  afterAll(() => subgraph?.dispose());

  const speaking = (code: string, also: (s: Known) => boolean = () => true) =>
    all.filter((s) => anyOf(s.languages, languagesOf(code)) && also(s));

  it('lists the services speaking the languages of communities referenced by the gateway', async () => {
    // FI is a country with no languages in the table; ZZ is none at all (the key is not checked).
    const result = await subgraph.query(ENTITIES, {
      r: communities('SN', 'IN', 'FI', 'ZZ', 'CN'),
      first: 100,
    });
    expect(result.errors).toBeUndefined();
    const entities = result.data?._entities as Entity[];
    expect(entities.map((e) => [e.code, e.languages])).toEqual([
      ['SN', ['wo', 'fr']],
      ['IN', ['pa', 'hi']],
      ['FI', []],
      ['ZZ', []],
      ['CN', ['zh']],
    ]);
    for (const { code, services: connection } of entities) {
      const expected = speaking(code);
      if (languagesOf(code).length > 0) expect(expected.length, code).toBeGreaterThan(100);
      expect(connection.totalCount, code).toBe(expected.length);
      expect(
        connection.edges.map((e) => e.node.id),
        code,
      ).toEqual(expected.slice(0, 100).map((s) => s.id));
    }
    // Senegalese are reached through French as well as Wolof: more desks than Wolof alone.
    expect(speaking('SN').length).toBeGreaterThan(all.filter((s) => s.languages.includes('wo')).length);
  });

  it('narrows them with the filter as `services(filter:)` does, languages included', async () => {
    const cases: [Record<string, unknown>, (s: Known) => boolean][] = [
      [
        { regionCode: '15', areas: ['HEALTH', 'LANGUAGE'] },
        (s) => s.regionCode === '15' && anyOf(s.areas, ['HEALTH', 'LANGUAGE']),
      ],
      [{ languages: ['wo'] }, (s) => s.languages.includes('wo')],
      [{ languages: ['zh'] }, (s) => s.languages.includes('zh')],
      [
        { providerKinds: ['CPIA_SCHOOL'], freeOfCharge: true },
        (s) => s.providerKind === 'CPIA_SCHOOL' && s.freeOfCharge,
      ],
    ];
    for (const [filter, predicate] of cases) {
      const result = await subgraph.query(ENTITIES, { r: communities('SN', 'PK'), filter, first: 100 });
      expect(result.errors).toBeUndefined();
      const [senegalese, pakistani] = result.data?._entities as Entity[];
      const expected = speaking('SN', predicate);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(senegalese?.services.totalCount, JSON.stringify(filter)).toBe(expected.length);
      expect(senegalese?.services.edges.map((e) => e.node.id)).toEqual(
        expected.slice(0, 100).map((s) => s.id),
      );
      expect(pakistani?.services.totalCount, JSON.stringify(filter)).toBe(speaking('PK', predicate).length);
    }
  });

  it('pages through a community’s services with cursors, without gaps or repeats', async () => {
    const query = `query($after: String) { _entities(representations: [{ __typename: "Community", code: "PK" }]) { ... on Community {
      services(filter: { regionCode: "03" }, first: 40, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${LISTED_FIELDS} } } } } } }`;
    const { nodes, totalCount, pages } = await readAll(
      subgraph,
      query,
      (data) => (data['_entities'] as { services: Page }[])[0]!.services,
    );
    const expected = speaking('PK', (s) => s.regionCode === '03');
    expect(totalCount).toBe(expected.length);
    expect(pages).toBe(Math.ceil(expected.length / 40));
    expect(pages).toBeGreaterThan(1);
    expect(nodes.map((s) => s.id)).toEqual(expected.map((s) => s.id));
  });

  it('refuses malformed filters and paging with BAD_USER_INPUT naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ filter: { languages: ['AR'] } }, 'filter.languages'],
      [{ filter: { regionCode: 'Lazio' } }, 'filter.regionCode'],
      [{ filter: { associationId: '1' } }, 'filter.associationId'],
      [{ first: 101 }, 'first'],
    ];
    for (const [variables, argument] of cases) {
      // Also for a community without languages: its arguments are checked all the same.
      for (const code of ['SN', 'FI']) {
        const result = await subgraph.query(ENTITIES, { r: communities(code), ...variables });
        expect(result.errors?.[0]?.extensions, `${code} ${JSON.stringify(variables)}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          argument,
        });
      }
    }
  });

  it('resolves every community of the table in as many statements as three, and none without languages', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { languages
      services(first: 3) { totalCount edges { node { id languages } } } } } }`;
    const known = Object.keys(COMMUNITY_LANGUAGES);
    expect(await statementsOf(subgraph, query, { r: communities(...known.slice(0, 3)) })).toBe(1);
    expect(await statementsOf(subgraph, query, { r: communities(...known.slice(0, 40)) })).toBe(1);
    expect(await statementsOf(subgraph, query, { r: communities('FI', 'ZZ', 'IS') })).toBe(0);
    const twoPages = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community {
      first: services(first: 3) { totalCount } wolof: services(filter: { languages: ["wo"] }, first: 3) { totalCount } } } }`;
    expect(await statementsOf(subgraph, twoPages, { r: communities(...known.slice(0, 40)) })).toBe(2);
  });
});
