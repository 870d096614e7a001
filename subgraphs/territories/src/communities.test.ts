/**
 * Communities are not stored (no dialect to run them on): every officially assigned ISO 3166-1
 * code makes one, named from CLDR in every language of the graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { LOCALES } from '../../../lib/locale.js';
import { territories } from './subgraph.js';

describe('territories subgraph: communities', () => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(territories, { dialect: 'sqlite', file: ':memory:' });
  });
  afterAll(() => subgraph?.dispose());

  it('names a community in all eleven languages, none a fallback, Arabic right-to-left', async () => {
    const fields = LOCALES.map(
      (l) => `${l}: name(lang: ${l.toUpperCase()}) { text locale fallback direction }`,
    ).join(' ');
    const result = await subgraph.query(`{ community(code: "SN") { code ${fields} } }`);
    expect(result.errors).toBeUndefined();
    const community = result.data?.community as Record<
      string,
      { text: string; locale: string; fallback: boolean; direction: string }
    >;
    expect(community.code).toBe('SN');
    expect(community.it).toEqual({ text: 'Senegal', locale: 'IT', fallback: false, direction: 'LTR' });
    expect(community.fr?.text).toBe('Sénégal');
    expect(community.ar).toEqual({ text: 'السنغال', locale: 'AR', fallback: false, direction: 'RTL' });
    expect(community.pa?.text).toBe('ਸੇਨੇਗਲ');
    expect(community.uk?.text).toBe('Сенегал');
    for (const locale of LOCALES)
      expect(community[locale]).toMatchObject({ locale: locale.toUpperCase(), fallback: false });
  });

  it('answers the Accept-Language of the request when no `lang` is given', async () => {
    const result = await subgraph.query(
      `{ community(code: "CN") { name { text locale } } }`,
      {},
      {
        'accept-language': 'zh-CN',
      },
    );
    expect(result.data?.community).toEqual({ name: { text: '中国', locale: 'ZH' } });
  });

  it('answers null for a code no country has, BAD_USER_INPUT for a malformed one', async () => {
    const result = await subgraph.query(
      `{ unknown: community(code: "ZZ") { code } withdrawn: community(code: "YU") { code } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ unknown: null, withdrawn: null });
    for (const code of ['sn', 'SEN', '', '1A']) {
      const bad = await subgraph.query(`query($c: ID!) { community(code: $c) { code } }`, { c: code });
      expect(bad.errors?.[0]?.extensions, code).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code' });
    }
  });

  it('lists the 249 assigned codes in order, in pages, and resolves references (null for unknown)', async () => {
    const first = await subgraph.query(
      `{ communities(first: 3) { totalCount edges { node { code } } pageInfo { endCursor } } }`,
    );
    const page = first.data?.communities as {
      totalCount: number;
      edges: { node: { code: string } }[];
      pageInfo: { endCursor: string };
    };
    expect(page.totalCount).toBe(249);
    expect(page.edges.map((e) => e.node.code)).toEqual(['AD', 'AE', 'AF']);
    const next = await subgraph.query(
      `query($a: String) { communities(first: 2, after: $a) { edges { node { code } } } }`,
      {
        a: page.pageInfo.endCursor,
      },
    );
    expect(next.data?.communities).toEqual({ edges: [{ node: { code: 'AG' } }, { node: { code: 'AI' } }] });

    const entities = await subgraph.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { code name(lang: EN) { text } } } }`,
      {
        r: [
          { __typename: 'Community', code: 'MA' },
          { __typename: 'Community', code: 'ZZ' },
        ],
      },
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data?._entities).toEqual([{ code: 'MA', name: { text: 'Morocco' } }, null]);
  });
});
