import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-tag';
import { readCounter } from '../../../lib/metrics.js';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';

/** Items in pages (`first`), each with a page of children: a subgraph with demand-control directives. */
const items = {
  name: 'items',
  typeDefs: gql`
    extend schema
      @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])
    type Query {
      items(first: Int = 5): ItemConnection!
        @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
      expensive: Report @cost(weight: 500)
    }
    type ItemConnection {
      edges: [ItemEdge!]!
    }
    type ItemEdge {
      node: Item!
    }
    type Item @key(fields: "id") {
      id: ID!
      children(first: Int = 5): ItemConnection!
        @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
    }
    type Report {
      text: String
    }
    type Mutation {
      touch: Item
    }
  `,
  resolvers: {
    Query: {
      items: (_: unknown, { first }: { first: number }) => ({
        edges: Array.from({ length: first }, (_, i) => ({ node: { id: `i${i}` } })),
      }),
      expensive: () => ({ text: 'r' }),
    },
    Item: {
      children: ({ id }: { id: string }, { first }: { first: number }) => ({
        edges: Array.from({ length: first }, (_, i) => ({ node: { id: `${id}.${i}` } })),
      }),
    },
    Mutation: { touch: () => ({ id: 't' }) },
  },
};

const NESTED =
  'query Nested($n: Int) { items(first: $n) { edges { node { id children(first: $n) { edges { node { id } } } } } } }';
/** items: 1 + n × (edge 1 + node 1 + children 1 + n × 2) */
const nestedCost = (n: number) => 1 + n * (3 + n * 2);

let subgraph: TestSubgraph;
let gateway: TestGateway;
let calls = 0;
beforeAll(async () => {
  subgraph = await startSubgraph({
    ...items,
    resolvers: {
      ...items.resolvers,
      Query: {
        ...items.resolvers.Query,
        items: (...args: Parameters<typeof items.resolvers.Query.items>) => (
          calls++,
          items.resolvers.Query.items(...args)
        ),
      },
    },
  });
  gateway = await startTestGateway({
    supergraphSdl: composeSupergraph([subgraph]),
    env: { GATEWAY_MAX_COST: '1000' },
  });
});
afterAll(async () => {
  await gateway?.dispose();
  await subgraph?.stop();
});

describe('demand control', () => {
  it('answers an operation under the limit', async () => {
    const response = await gateway.post({ query: NESTED, variables: { n: 10 } }); // 231
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it('refuses with a 400 naming the estimate and the limit, before the subgraph is called', async () => {
    const before = calls;
    const response = await gateway.post({ query: NESTED, variables: { n: 30 } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('COST_ESTIMATED_TOO_EXPENSIVE');
    expect(response.body.errors?.[0]?.message).toBe(
      `The operation's estimated cost is ${nestedCost(30)}, over the limit of 1000.`,
    );
    expect(response.body.errors?.[0]?.extensions?.['http']).toBeUndefined();
    expect(calls).toBe(before);
  });

  it('prices a variable left out at the argument default, and the variable default', async () => {
    expect((await gateway.post({ query: NESTED })).status).toBe(200); // first = 5
    const defaulted = await gateway.post({ query: NESTED.replace('$n: Int', '$n: Int = 40') });
    expect(defaulted.status).toBe(400);
    expect(defaulted.body.errors?.[0]?.message).toContain(`is ${nestedCost(40)},`);
  });

  it('applies @cost weights composed from the subgraph', async () => {
    const response = await gateway.query(
      '{ a: expensive { text } b: expensive { text } c: expensive { text } }',
    );
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toContain('is 1500,');
    // At the limit is still under it.
    expect((await gateway.query('{ a: expensive { text } b: expensive { text } }')).status).toBe(200);
  });

  it('leaves variables that do not coerce to the gateway, which refuses them without fetching', async () => {
    const before = calls;
    const response = await gateway.post({ query: NESTED, variables: { n: 'many' } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(calls).toBe(before);
  });

  it('exports the estimated and actual costs on /metrics', async () => {
    await gateway.post({ query: NESTED, variables: { n: 3 } });
    const text = await (await fetch(`${gateway.origin}/metrics`)).text();
    // No manifest names `Nested`: it is labelled `other`, as any name a client makes up.
    expect(
      readCounter(text, 'integra_operation_estimated_cost_count', { operation: 'other' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      readCounter(text, 'integra_operation_actual_cost_count', { operation: 'other' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      readCounter(text, 'integra_operation_actual_cost_count', { operation: 'unnamed' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      readCounter(text, 'integra_operation_cost_refused_total', { operation: 'other' }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('operation="Nested"');
  });

  it('measures the actual cost on the answer, with the real list lengths', async () => {
    const read = async () => {
      const text = await (await fetch(`${gateway.origin}/metrics`)).text();
      return readCounter(text, 'integra_operation_actual_cost_sum', { operation: 'unnamed' });
    };
    const before = await read();
    // Asked for 50 children of each item, the subgraph answers 2 items of 2 children: 1 + 2 × (3 + 2 × 2).
    await gateway.query(
      '{ items(first: 2) { edges { node { id children(first: 2) { edges { node { id } } } } } } }',
    );
    expect((await read()) - before).toBe(1 + 2 * (3 + 2 * 2));
  });
});
