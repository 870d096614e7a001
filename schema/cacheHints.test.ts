/**
 * The subgraphs' cache hints, which the gateway's response cache follows: every object type of
 * every subgraph says how long its data may be kept (a type without a hint makes every answer
 * that reaches it uncacheable), anything caller-dependent (@authenticated, @requiresScopes) and
 * every mutation says `maxAge: 0`, and each subgraph's server really sends them as `Cache-Control`.
 */
import { readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphParts } from '../lib/subgraph/run.js';
import { startSubgraph, type RunningSubgraph } from '../test/subgraphHarness.js';
import { viaGateway } from '../test/assertions.js';
import { associations } from '../subgraphs/associations/src/subgraph.js';
import { funding } from '../subgraphs/funding/src/subgraph.js';
import { pilotActions } from '../subgraphs/pilot-actions/src/subgraph.js';
import { services } from '../subgraphs/services/src/subgraph.js';
import { territories } from '../subgraphs/territories/src/subgraph.js';
import { subgraphs } from './subgraphs.js';

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): Record<string, string> | undefined {
  const hint = directives?.find((d) => d.name.value === 'cacheControl');
  if (!hint) return undefined;
  return Object.fromEntries(
    (hint.arguments ?? []).map((a) => [a.name.value, 'value' in a.value ? String(a.value.value) : '']),
  );
}

const has = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
  directives?.some((d) => d.name.value === name) ?? false;

describe.each(subgraphs.map((s) => [s.name, s.sdlPath] as const))(
  'the cache hints of %s',
  (_name, sdlPath) => {
    const objects = parse(readFileSync(sdlPath, 'utf8')).definitions.filter(
      (d): d is ObjectNode => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION,
    );

    it("give every object type a maxAge or let it inherit its parent's", () => {
      const unhinted = objects
        .filter((t) => !['Query', 'Mutation'].includes(t.name.value) && !hintOf(t.directives))
        .map((t) => t.name.value);
      expect(unhinted).toEqual([]);
    });

    it('keep nothing caller-dependent and no mutation: maxAge 0, PRIVATE', () => {
      const fields = objects.flatMap((t) =>
        (t.fields ?? []).map((f) => ({
          field: `${t.name.value}.${f.name.value}`,
          directives: f.directives,
          mutation: t.name.value === 'Mutation',
        })),
      );
      const callerDependent = fields.filter(
        (f) => f.mutation || has(f.directives, 'authenticated') || has(f.directives, 'requiresScopes'),
      );
      for (const { field, directives } of callerDependent)
        expect({ field, hint: hintOf(directives) }).toEqual({
          field,
          hint: { maxAge: '0', scope: 'PRIVATE' },
        });
      // A field-level hint is for caller-dependent fields only; public data is hinted by its type.
      expect(
        fields.filter((f) => hintOf(f.directives) && !callerDependent.includes(f)).map((f) => f.field),
      ).toEqual([]);
    });
  },
);

/** A public query and an entity fetch (as the gateway sends them) per subgraph, and the header each must bring. */
type Probe = [
  name: string,
  start: () => Promise<RunningSubgraph>,
  query: string,
  entity: string,
  representation: Record<string, unknown>,
  header: string,
];
const on =
  <DB>(parts: SubgraphParts<DB>) =>
  () =>
    startSubgraph(parts, { dialect: 'sqlite', file: ':memory:' });
const probes: Probe[] = [
  [
    'territories',
    on(territories),
    '{ regions(first: 2) { totalCount pageInfo { hasNextPage } edges { node { code name { text } provinces(first: 1) { edges { node { name } } } } } } }',
    'Region',
    { code: '03' },
    'max-age=600, public',
  ],
  [
    'services',
    on(services),
    '{ services(first: 2) { edges { node { id name { text } contacts { phone } municipality { istatCode } } } } serviceCountsByArea { area count } }',
    'Municipality',
    { istatCode: '001272' },
    'max-age=60, public',
  ],
  [
    'associations',
    on(associations),
    '{ associations(first: 2) { edges { node { id name registerEntry { number } contacts { email } seat { istatCode } } } } associationCountsByCommunity { community count } }',
    'Region',
    { code: '03' },
    'max-age=60, public',
  ],
  [
    'funding',
    on(funding),
    '{ fundingSources(first: 2) { edges { node { id name { text } region { code } committed calls(first: 1) { edges { node { id status } } } } } } }',
    'PilotAction',
    { id: 'PA-001' },
    'max-age=60, public',
  ],
  [
    'pilot-actions',
    on(pilotActions),
    '{ pilotActions(first: 2) { edges { node { id title { text } leadAuthority { kind } indicators { id progress } monitoringVisits(first: 1) { edges { node { id rating } } } } } } }',
    'Region',
    { code: '03' },
    'max-age=60, public',
  ],
];

describe.each(probes)("the %s subgraph's server", (name, start, query, entity, representation, header) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await start();
  });
  afterAll(() => subgraph?.dispose());

  const send = async (body: object) => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await viaGateway(name)) },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { errors?: unknown };
    expect(json.errors).toBeUndefined();
    return response.headers.get('cache-control');
  };

  it(`sends "${header}" for public data, queried or fetched as an entity`, async () => {
    expect(await send({ query })).toBe(header);
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`;
    expect(
      await send({ query: entities, variables: { r: [{ __typename: entity, ...representation }] } }),
    ).toBe(header);
  });
});
