import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createSupergraphLoader, prepareSupergraph } from './load.js';

const territories = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
type Query { region(code: ID!): Region }
type Region @key(fields: "code") { code: ID! name: String }`;

/** The supergraph of `territories` and one more subgraph with `sdl`. */
function supergraphWith(sdl: string): string {
  const result = composeServices([
    { name: 'territories', url: 'http://territories/graphql', typeDefs: parse(territories) },
    { name: 'partner', url: 'http://partner/graphql', typeDefs: parse(sdl) },
  ]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.supergraphSdl;
}

const link = (version: string, imports: string) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/${version}", import: [${imports}])`;
const POLICY = supergraphWith(
  `${link('v2.6', '"@key", "@policy"')}\ntype Region @key(fields: "code") { code: ID! secret: String @policy(policies: [["p"]]) }`,
);
const AUTHENTICATED = supergraphWith(
  `${link('v2.5', '"@key", "@authenticated"')}\ntype Region @key(fields: "code") { code: ID! secret: String @authenticated }`,
);

const loader = createSupergraphLoader();
afterAll(() => loader.dispose());

describe('loading a supergraph as the gateway does', () => {
  it('loads the committed supergraph, whose @authenticated and @requiresScopes the gateway enforces', async () => {
    const committed = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
    expect(await loader.load(committed)).toEqual({ ok: true });
  });

  it('needs the preparation: Apollo refuses @authenticated unless the gateway declares it enforced', async () => {
    expect(prepareSupergraph(AUTHENTICATED)).not.toContain('authenticated/v0.1", for: SECURITY');
    expect(await loader.load(AUTHENTICATED)).toEqual({ ok: true });
  });

  it('refuses @policy, which no gateway enforces, naming the feature', async () => {
    expect(await loader.load(POLICY)).toEqual({
      ok: false,
      reasons: ['feature https://specs.apollo.dev/policy/v0.1 is for: SECURITY but is unsupported'],
    });
  });

  it('refuses a renamed @authenticated: the gateway would not recognise it, so it is not declared enforced', async () => {
    const renamed = supergraphWith(
      `${link('v2.5', '"@key", { name: "@authenticated", as: "@loggedIn" }')}\ntype Region @key(fields: "code") { code: ID! secret: String @loggedIn }`,
    );
    expect(await loader.load(renamed)).toEqual({
      ok: false,
      reasons: ['feature https://specs.apollo.dev/authenticated/v0.1 is for: SECURITY but is unsupported'],
    });
  });

  it('refuses @context (a security feature) and @cacheTag (an execution feature) the gateway does not implement', async () => {
    const context = supergraphWith(`${link('v2.8', '"@key", "@context", "@fromContext"')}
type Query { t: T }
type T @key(fields: "id") @context(name: "ctx") { id: ID! prop: String! u: U! }
type U @key(fields: "id") { id: ID! field(a: String @fromContext(field: "$ctx { prop }")): Int! }`);
    expect(await loader.load(context)).toMatchObject({
      ok: false,
      reasons: [expect.stringContaining('context/v0.1 is for: SECURITY but is unsupported')],
    });
    const cacheTag = supergraphWith(
      `${link('v2.12', '"@key", "@cacheTag"')}\ntype Region @key(fields: "code") @cacheTag(format: "r-{$key.code}") { code: ID! }`,
    );
    expect(await loader.load(cacheTag)).toMatchObject({
      ok: false,
      reasons: [expect.stringContaining('cacheTag/v0.1 is for: EXECUTION but is unsupported')],
    });
  });

  it('refuses a join spec version it does not know, and text that is not a supergraph', async () => {
    const futureJoin = AUTHENTICATED.replace(/join\/v0\.\d/g, 'join/v9.9');
    expect(await loader.load(futureJoin)).toMatchObject({
      ok: false,
      reasons: [expect.stringContaining('unsupported join spec version v9.9')],
    });
    expect(await loader.load('type Query { a: Int }')).toMatchObject({
      ok: false,
      reasons: [expect.stringContaining('must be a core schema')],
    });
  });

  it('judges each candidate on its own: a refused one twice in a row, then a good one, in any order and concurrently', async () => {
    const results = await Promise.all([
      loader.load(POLICY),
      loader.load(POLICY),
      loader.load(AUTHENTICATED),
      loader.load(POLICY),
      loader.load(AUTHENTICATED),
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, false, true, false, true]);
  });
});
