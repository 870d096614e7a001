/**
 * `Community` as this subgraph extends it: the associations representing a community (optionally
 * seated in a region) and `Association.representedCommunities`, checked against the register as
 * the API lists it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { associations } from './subgraph.js';
import { LISTED_FIELDS, readAll, readRegister, type Listed } from './associations.fixture.js';

type Connection = { totalCount: number; edges: { node: { id: string; name: string } }[] };

const ENTITIES = `query($r: [_Any!]!, $region: String, $first: Int) { _entities(representations: $r) {
  ... on Community { code associations(regionCode: $region, first: $first) { totalCount edges { node { id name } } } } } }`;

const communities = (...codes: string[]) => codes.map((code) => ({ __typename: 'Community', code }));

/** By name then id, as the API promises (names are compared lower-cased, as the SQL does). */
const byName = (a: Listed, b: Listed) =>
  a.name.toLowerCase() < b.name.toLowerCase()
    ? -1
    : a.name.toLowerCase() > b.name.toLowerCase()
      ? 1
      : a.id < b.id
        ? -1
        : 1;

describeEachDialect('associations subgraph: communities', (dialect) => {
  let subgraph: RunningSubgraph;
  let all: Listed[];
  beforeAll(async () => {
    subgraph = await startSubgraph(associations, dialect.config('associations-communities'));
    all = await readRegister(subgraph);
  });
  afterAll(() => subgraph?.dispose());

  const representing = (code: string, region?: string) =>
    all.filter((a) => a.communities.includes(code) && (region === undefined || a.regionCode === region));

  it('lists the associations of communities referenced by the gateway, by name, with their totals', async () => {
    // `ZZ` is no country: the key is not checked, the community simply has no association.
    const result = await subgraph.query(ENTITIES, { r: communities('SN', 'MA', 'ZZ', 'CN'), first: 10 });
    expect(result.errors).toBeUndefined();
    const entities = result.data?._entities as { code: string; associations: Connection }[];
    expect(entities.map((e) => e.code)).toEqual(['SN', 'MA', 'ZZ', 'CN']);
    for (const { code, associations: connection } of entities) {
      const expected = representing(code).sort(byName);
      if (code !== 'ZZ') expect(expected.length, code).toBeGreaterThan(10);
      expect(connection.totalCount, code).toBe(expected.length);
      expect(
        connection.edges.map((e) => e.node.id),
        code,
      ).toEqual(expected.slice(0, 10).map((a) => a.id));
    }
  });

  it('keeps to the region given, and refuses a malformed one or bad paging naming the argument', async () => {
    const result = await subgraph.query(ENTITIES, { r: communities('SN', 'RO'), region: '15', first: 100 });
    expect(result.errors).toBeUndefined();
    const [senegalese, romanians] = result.data?._entities as { associations: Connection }[];
    const expected = representing('SN', '15');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(representing('SN').length);
    expect(senegalese?.associations.edges.map((e) => e.node.id).sort()).toEqual(
      expected.map((a) => a.id).sort(),
    );
    expect(romanians?.associations.totalCount).toBe(representing('RO', '15').length);
    const cases: [Record<string, unknown>, string][] = [
      [{ region: 'Campania' }, 'regionCode'],
      [{ region: '150' }, 'regionCode'],
      [{ region: '3' }, 'regionCode'],
      [{ first: 101 }, 'first'],
      [{ first: -1 }, 'first'],
    ];
    for (const [variables, argument] of cases) {
      const bad = await subgraph.query(ENTITIES, { r: communities('SN'), ...variables });
      expect(bad.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument,
      });
    }
    const cursor = await subgraph.query(
      `{ _entities(representations: [{ __typename: "Community", code: "SN" }]) { ... on Community { associations(after: "x") { totalCount } } } }`,
    );
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('pages through a community’s associations with cursors, without gaps or repeats', async () => {
    const query = `query($after: String) { _entities(representations: [{ __typename: "Community", code: "MA" }]) { ... on Community {
      associations(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${LISTED_FIELDS} } } } } } }`;
    const { nodes, totalCount, pages } = await readAll(
      subgraph,
      query,
      (data) => (data['_entities'] as { associations: never }[])[0]?.associations as never,
    );
    const expected = representing('MA').sort(byName);
    expect(totalCount).toBe(expected.length);
    expect(pages).toBe(Math.ceil(expected.length / 7));
    expect(nodes.map((a) => a.id)).toEqual(expected.map((a) => a.id));
  });

  it('gives each association its communities as entities, in the order of `communities`', async () => {
    const ids = all
      .filter((a) => a.communities.length > 1)
      .slice(0, 30)
      .map((a) => a.id);
    ids.push(all.find((a) => a.communities.length === 0)?.id as string);
    const result = await subgraph.query(
      `query($ids: [_Any!]!) { _entities(representations: $ids) { ... on Association { id communities representedCommunities { code } } } }`,
      { ids: ids.map((id) => ({ __typename: 'Association', id })) },
    );
    expect(result.errors).toBeUndefined();
    const entities = result.data?._entities as {
      id: string;
      communities: string[];
      representedCommunities: { code: string }[];
    }[];
    expect(entities).toHaveLength(31);
    for (const entity of entities) {
      expect(
        entity.representedCommunities.map((c) => c.code),
        entity.id,
      ).toEqual(entity.communities);
      expect(entity.communities, entity.id).toEqual(all.find((a) => a.id === entity.id)?.communities);
    }
    expect(entities.at(-1)?.representedCommunities).toEqual([]);
  });

  it('resolves every community of the register in as many statements as three', async () => {
    const codes = [...new Set(all.flatMap((a) => a.communities))];
    expect(codes.length).toBeGreaterThanOrEqual(30);
    const cost = async (few: string[], region?: string) => {
      const before = subgraph.statements();
      const result = await subgraph.query(
        `query($r: [_Any!]!, $region: String) { _entities(representations: $r) { ... on Community {
          associations(regionCode: $region, first: 3) { totalCount edges { node { id representedCommunities { code } } } }
          other: associations(first: 1, after: "${Buffer.from('o:0').toString('base64url')}") { totalCount } } } }`,
        { r: communities(...few), region },
      );
      expect(result.errors).toBeUndefined();
      return subgraph.statements() - before;
    };
    // One statement per distinct page asked for (two here), one for the communities of the listed associations.
    expect(await cost(codes.slice(0, 3))).toBe(3);
    expect(await cost(codes)).toBe(3);
    expect(await cost(codes, '03')).toBe(3);
  });
});
