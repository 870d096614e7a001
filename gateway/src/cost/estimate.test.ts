import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getVariableValues,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  typeFromAST,
  valueFromAST,
  type GraphQLInputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaPath, supergraphPath } from '../../../schema/subgraphs.js';
import { parseConfig, persistedDocumentsPath } from '../config.js';
import { readCostDirectives, type CostDirectives } from './directives.js';
import { CostModelError, actualCost, estimatedCost } from './estimate.js';

/** A small schema with the directives as a supergraph carries them (the main one unimported, `@listSize` imported). */
const SDL = `
  schema @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"]) { query: Query mutation: Mutation }
  directive @link(url: String, as: String, import: [String]) repeatable on SCHEMA
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

  type Query {
    regions(first: Int = 20): RegionConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
    region(code: ID!): Region
    codes: [String!]!
    tags: [Tag!]! @listSize(assumedSize: 5)
    untagged: [Tag!]!
    search(text: String @cost(weight: 7)): Place
    strict(first: Int, last: Int): [Tag!]! @listSize(slicingArguments: ["first", "last"])
  }
  type Mutation { touch: Tag }
  type RegionConnection { edges: [RegionEdge!]! totalCount: Int! @cost(weight: 2) }
  type RegionEdge { cursor: String! node: Region! }
  type Region { code: ID! name: String! services(first: Int = 20): ServiceConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false) report: Report }
  type ServiceConnection { edges: [ServiceEdge!]! }
  type ServiceEdge { node: Service! }
  type Service { id: ID! region: Region! }
  type Report @cost(weight: 50) { text: String }
  type Tag { name: String! }
  union Place = Region | Tag
`;
const schema = buildSchema(SDL);
const directives = readCostDirectives(parse(SDL));

function priced(
  query: string,
  variables: Record<string, unknown> = {},
  defaultListSize = 100,
  schemaOverride = schema,
  costs: CostDirectives = directives,
) {
  const document: DocumentNode = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const coerced = getVariableValues(schemaOverride, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0] ?? new Error('variables do not coerce');
  return {
    schema: schemaOverride,
    directives: costs,
    operation,
    fragments,
    variables: coerced.coerced,
    defaultListSize,
  };
}
const estimate = (query: string, variables?: Record<string, unknown>, defaultListSize?: number) =>
  estimatedCost(priced(query, variables, defaultListSize));

describe('estimated cost', () => {
  it('counts objects 1 and scalars 0', () => {
    expect(estimate('{ region(code: "03") { code name } }')).toBe(1);
  });

  it('sizes a connection by its slicing argument the same whether literal, variable or default', () => {
    const inner = '{ edges { node { code } } }';
    const literal = estimate(`{ regions(first: 100) ${inner} }`);
    expect(literal).toBe(1 + 100 * 2);
    expect(estimate(`query($n: Int) { regions(first: $n) ${inner} }`, { n: 100 })).toBe(literal);
    expect(estimate(`query($n: Int = 100) { regions(first: $n) ${inner} }`)).toBe(literal);
    // No argument, or a variable left out: the argument's default (20) applies, as in the subgraph.
    expect(estimate(`{ regions ${inner} }`)).toBe(1 + 20 * 2);
    expect(estimate(`query($n: Int) { regions(first: $n) ${inner} }`)).toBe(1 + 20 * 2);
    // An explicit null gives no size: the default list size stands in.
    expect(estimate(`query($n: Int) { regions(first: $n) ${inner} }`, { n: null }, 7)).toBe(1 + 7 * 2);
  });

  it('multiplies nested connections', () => {
    const query =
      'query($n: Int) { regions(first: $n) { edges { node { services(first: $n) { edges { node { region { services(first: $n) { edges { node { id } } } } } } } } } } }';
    // regions: 1 + n × (edge 1 + node 1 + services 1 + n × (edge 1 + node 1 + region 1 + services 1 + n × 2))
    const n = 100;
    expect(estimate(query, { n })).toBe(1 + n * (3 + n * (4 + n * 2)));
  });

  it('counts every alias, and a key selected twice once', () => {
    const one = estimate('{ region(code: "03") { services(first: 10) { edges { node { id } } } } }');
    expect(one).toBe(1 + 1 + 10 * 2);
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `s${i}: services(first: 10) { edges { node { id } } }`,
    ).join(' ');
    expect(estimate(`{ region(code: "03") { ${aliases} } }`)).toBe(1 + 15 * (1 + 10 * 2));
    expect(
      estimate(
        '{ region(code: "03") { services(first: 10) { edges { node { id } } } services(first: 10) { edges { node { id } } } } }',
      ),
    ).toBe(one);
  });

  it('prices fragments as the fields they add, and the dearest member of an abstract type', () => {
    const spread = estimate(
      'query { region(code: "1") { ...R } } fragment R on Region { services(first: 10) { edges { node { id } } } }',
    );
    expect(spread).toBe(1 + 1 + 10 * 2);
    // Place is a Region (report: 50) or a Tag (0): the Region branch counts.
    expect(estimate('{ search { ... on Region { report { text } } ... on Tag { name } } }')).toBe(1 + 50);
    expect(estimate('{ search { ...T } } fragment T on Tag { name }')).toBe(1);
  });

  it('evaluates @skip and @include with the variables', () => {
    const query =
      'query($big: Boolean!) { region(code: "1") { services(first: 100) @include(if: $big) { edges { node { id } } } report @skip(if: $big) { text } } }';
    expect(estimate(query, { big: true })).toBe(1 + 1 + 100 * 2);
    expect(estimate(query, { big: false })).toBe(1 + 50);
  });

  it('applies @cost weights of fields, types and arguments', () => {
    expect(estimate('{ regions(first: 3) { totalCount } }')).toBe(1 + 2);
    expect(estimate('{ region(code: "1") { report { text } } }')).toBe(1 + 50);
    expect(estimate('{ search(text: "x") { __typename } }')).toBe(1 + 7);
  });

  it('uses assumedSize, else the default list size, for plain lists; scalar lists cost nothing', () => {
    expect(estimate('{ tags { name } }')).toBe(5);
    expect(estimate('{ untagged { name } }', {}, 40)).toBe(40);
    expect(estimate('{ codes }')).toBe(0);
  });

  it('starts a mutation at 10', () => {
    expect(estimate('mutation { touch { name } }')).toBe(10 + 1);
  });

  it('does not let a negative slicing argument make an operation cheaper', () => {
    const cheap = estimate('{ region(code: "1") { code } }');
    expect(
      estimate(
        'query($n: Int) { regions(first: $n) { edges { node { code } } } region(code: "1") { code } }',
        { n: -1_000_000 },
      ),
    ).toBe(1 + cheap);
  });

  it('counts a negative @cost weight as 0', () => {
    const sdl = SDL.replace('type Report @cost(weight: 50)', 'type Report @cost(weight: -1000)');
    const input = priced(
      '{ region(code: "1") { report { text } } }',
      {},
      100,
      buildSchema(sdl),
      readCostDirectives(parse(sdl)),
    );
    expect(estimatedCost(input)).toBe(1);
  });

  it('refuses a field that requires exactly one slicing argument without one', () => {
    expect(() => estimate('{ strict { name } }')).toThrow(CostModelError);
    expect(estimate('{ strict(last: 4) { name } }')).toBe(4);
  });

  it('calls an operation whose fragments expand beyond counting unbounded', () => {
    // Each level spreads the next fragment under three aliases: 3^levels fields to walk from a short text.
    const levels = 14;
    const next = (i: number, alias: string) =>
      `${alias}: services { edges { node { region { ...F${i + 1} } } } }`;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Region { code }`
        : `fragment F${i} on Region { ${next(i, 'a')} ${next(i, 'b')} ${next(i, 'c')} }`,
    ).join('\n');
    const input = { ...priced(`{ region(code: "1") { ...F0 } } ${fragments}`), maxVisits: 1000 };
    expect(estimatedCost(input)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('actual cost', () => {
  it('counts what the answer holds, with the real lengths of lists', () => {
    const input = priced('query($n: Int) { regions(first: $n) { totalCount edges { node { code } } } }', {
      n: 100,
    });
    expect(estimatedCost(input)).toBe(1 + 2 + 100 * 2);
    const data = {
      regions: {
        totalCount: 3,
        edges: [{ node: { code: '01' } }, { node: { code: '02' } }, { node: { code: '03' } }],
      },
    };
    expect(actualCost(input, data)).toBe(1 + 2 + 3 * 2);
    expect(actualCost(input, { regions: { totalCount: 0, edges: [] } })).toBe(1 + 2);
  });

  it('counts nothing for a null answer and the base cost for a mutation', () => {
    expect(actualCost(priced('{ region(code: "x") { code } }'), { region: null })).toBe(0);
    expect(actualCost(priced('mutation { touch { name } }'), { touch: { name: 'a' } })).toBe(11);
  });
});

describe('the composed supergraph', () => {
  const api = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
  const composed = readCostDirectives(parse(readFileSync(supergraphPath, 'utf8')));
  const fromSupergraph = (query: string, variables: Record<string, unknown> = {}) =>
    estimatedCost(priced(query, variables, 100, api, composed));

  // The review's query: the outside security review's nested connections (docs/security.md, "The attacks the tests replay").
  it("carries every connection's @listSize: the review's query costs the same with a variable as with the literal", () => {
    const query = (n: string) =>
      `query($n: Int) { regions(first: ${n}) { edges { node { services(first: ${n}) { edges { node { municipality { province { services(first: ${n}) { edges { node { id } } } } } } } } } } } }`;
    const literal = fromSupergraph(query('100'));
    expect(literal).toBeGreaterThan(1_000_000);
    expect(fromSupergraph(query('$n'), { n: 100 })).toBe(literal);
    expect(fromSupergraph(query('$n'))).toBeLessThan(literal / 100);
  });

  it('carries @cost weights and assumed sizes', () => {
    expect(fromSupergraph('{ services(first: 5) { totalCount } }')).toBe(1 + 2);
    expect(fromSupergraph('{ region(code: "03") { serviceCountsByArea { count } } }')).toBe(1 + 6);
  });

  it('prices every registered operation, at the largest page, at a third of the default limit or less', () => {
    const { maxCost, defaultListSize } = parseConfig([], {}).demandControl;
    const manifest = JSON.parse(readFileSync(persistedDocumentsPath, 'utf8')) as Record<string, string>;
    const estimates: Record<string, number> = {};
    for (const text of Object.values(manifest)) {
      const document = parse(text);
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      // Sizes come from Int arguments only: each at the largest page a subgraph serves; the others
      // keep their defaults, as Apollo Server coerces them before the estimate (`@include(if: $x)`).
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => {
          const type = v.type.kind === Kind.NON_NULL_TYPE ? v.type.type : v.type;
          if (type.kind === Kind.NAMED_TYPE && type.name.value === 'Int') return [v.variable.name.value, 100];
          // A switch with no default is on: the larger answer.
          if (type.kind === Kind.NAMED_TYPE && type.name.value === 'Boolean' && !v.defaultValue)
            return [v.variable.name.value, true];
          const inputType = typeFromAST(api, v.type);
          const fallback =
            v.defaultValue && inputType
              ? valueFromAST(v.defaultValue, inputType as GraphQLInputType)
              : undefined;
          return [v.variable.name.value, fallback];
        }),
      );
      const fragments = Object.fromEntries(
        document.definitions
          .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      );
      estimates[operation.name?.value ?? ''] = estimatedCost({
        schema: api,
        directives: composed,
        operation,
        fragments,
        variables,
        defaultListSize,
      });
    }
    expect(Object.keys(estimates).length).toBeGreaterThanOrEqual(20);
    expect(estimates['RegionDashboard']).toBeGreaterThan(1000);
    for (const [name, cost] of Object.entries(estimates)) expect(cost, name).toBeLessThanOrEqual(maxCost / 3);
  });
});
