import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, startSubgraph, startTestGateway, type TestGateway, type TestSubgraph } from '../testing/harness.js';

/** A slow subgraph that counts what it was asked: 400 ms per answer, so concurrent requests overlap. */
const calls = { region: 0, mark: 0 };
const definition = {
  name: 'territories',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query {
      region(code: ID!): Region
    }
    type Mutation {
      mark(code: ID!): Int!
    }
    type Region @key(fields: "code") {
      code: ID!
      name: String!
    }
  `,
  resolvers: {
    Query: {
      region: async (_: unknown, { code }: { code: string }) => {
        calls.region++;
        await new Promise((resolve) => setTimeout(resolve, 400));
        return { code, name: `Region ${code}` };
      },
    },
    Mutation: {
      mark: async () => {
        const mark = ++calls.mark;
        await new Promise((resolve) => setTimeout(resolve, 400));
        return mark;
      },
    },
  },
};

let subgraph: TestSubgraph;
const gateways: TestGateway[] = [];
beforeAll(async () => {
  subgraph = await startSubgraph(definition);
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.dispose()));
  await subgraph?.stop();
});
const start = async (env: Record<string, string> = {}) => {
  const gateway = await startTestGateway({ supergraphSdl: composeSupergraph([subgraph]), env });
  gateways.push(gateway);
  return gateway;
};
const times = <T>(n: number, make: () => Promise<T>) => Promise.all(Array.from({ length: n }, make));

describe('dedupPlugin', () => {
  it('sends 20 identical concurrent queries to the subgraph once, and answers each of them', async () => {
    const gateway = await start();
    await gateway.query('{ region(code: "03") { name } }'); // plans the query once, so the 20 arrive together
    const before = calls.region;
    const answers = await times(20, () => gateway.query('{ region(code: "03") { name } }'));
    expect(answers.every((a) => a.status === 200 && a.body.data?.['region'] !== undefined)).toBe(true);
    expect(answers.map((a) => a.body)).toEqual(Array(20).fill({ data: { region: { name: 'Region 03' } } }));
    expect(calls.region - before).toBe(1);
  });

  it('does not share fetches that differ in arguments or language, nor mutations', async () => {
    const gateway = await start();
    const before = { ...calls };
    await Promise.all([
      gateway.query('{ region(code: "03") { name } }'),
      gateway.query('{ region(code: "01") { name } }'),
      gateway.query('{ region(code: "03") { name } }', { 'accept-language': 'en' }),
    ]);
    expect(calls.region - before.region).toBe(3);
    const marks = await times(5, () => gateway.query('mutation { mark(code: "03") }'));
    expect(calls.mark - before.mark).toBe(5);
    expect(new Set(marks.map((m) => m.body.data?.['mark'])).size).toBe(5);
  });

  it('asks the subgraph again once the shared answer arrived, and sends every fetch with GATEWAY_DEDUP=false', async () => {
    const gateway = await start();
    const before = calls.region;
    await gateway.query('{ region(code: "05") { name } }');
    await gateway.query('{ region(code: "05") { name } }');
    expect(calls.region - before).toBe(2);
    const off = await start({ GATEWAY_DEDUP: 'false' });
    const beforeOff = calls.region;
    await times(10, () => off.query('{ region(code: "05") { name } }'));
    expect(calls.region - beforeOff).toBe(10);
  });
});
