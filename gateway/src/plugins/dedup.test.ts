/**
 * Deduplication of in-flight subgraph fetches. The subgraphs here hold every answer at a gate the
 * test opens, so fetches overlap because the test says so, not because an answer is slow enough.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetcherRequestInit } from '@apollo/utils.fetcher';
import { gql } from 'graphql-tag';
import { decodeJwt } from 'jose';
import { ASSERTION_HEADER } from '../../../lib/auth/assertion.js';
import { mintDevToken } from '../../../lib/auth/keys.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphFetcher, type SubgraphFetcher } from '../fetcher.js';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
  type TestSubgraphContext,
} from '../testing/harness.js';
import { dedupFetcher } from './dedup.js';

/** Answers wait here until the test opens it; a new gate is shut. */
function gate(): { readonly opened: Promise<void>; open(): void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}
let held = gate();
held.open();
const times = <T>(n: number, make: () => Promise<T>) => Promise.all(Array.from({ length: n }, make));

// A bare HTTP subgraph for the fetcher itself: it records each request body and echoes it once the gate opens.
const received: string[] = [];
let server: http.Server;
let url: string;
let fetcher: SubgraphFetcher;
// The same through the whole gateway: a subgraph counting what it was asked.
const calls = { region: 0, mark: 0 };
let subgraph: TestSubgraph;
const gateways: TestGateway[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push(body);
      void held.opened.then(() =>
        res.setHeader('content-type', 'application/json').end(JSON.stringify({ data: { asked: body } })),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  fetcher = createSubgraphFetcher({ timeoutMs: 5000 });
  subgraph = await startSubgraph({
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
          await held.opened;
          return { code, name: `Region ${code}` };
        },
      },
      Mutation: { mark: async () => ++calls.mark },
    },
  });
});
afterAll(async () => {
  held.open();
  await Promise.all(gateways.map((g) => g.dispose()));
  await subgraph?.stop();
  await fetcher?.dispose();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const post = (body: object, headers: Record<string, string> = {}): FetcherRequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const regionQuery = (code: string) => ({
  query: 'query($code:ID!){region(code:$code){name}}',
  variables: { code },
});

describe('dedupFetcher', () => {
  it('sends 20 identical query fetches in flight together once, and gives each its own readable answer', async () => {
    const fetch = dedupFetcher(fetcher.fetch);
    received.length = 0;
    held = gate();
    const responses = times(20, () => fetch(url, post(regionQuery('03'))));
    await expect.poll(() => received.length).toBe(1);
    held.open();
    const bodies = await Promise.all((await responses).map((r) => r.json()));
    expect(bodies).toEqual(Array(20).fill({ data: { asked: JSON.stringify(regionQuery('03')) } }));
    expect(received).toHaveLength(1);
  });

  it('does not share fetches that differ in variables, language or caller, nor mutations', async () => {
    const fetch = dedupFetcher(fetcher.fetch);
    received.length = 0;
    held = gate();
    const mark = { query: 'mutation { mark(code: "03") }' };
    const responses = Promise.all([
      fetch(url, post(regionQuery('03'))),
      fetch(url, post(regionQuery('01'))),
      fetch(url, post(regionQuery('03'), { 'accept-language': 'en' })),
      fetch(url, post(regionQuery('03'), { [ASSERTION_HEADER]: 'another caller' })),
      fetch(url, post(mark)),
      fetch(url, post(mark)),
    ]);
    await expect.poll(() => received.length).toBe(6);
    held.open();
    expect((await responses).every((r) => r.ok)).toBe(true);
  });

  it('asks again once the shared answer arrived: nothing is kept', async () => {
    const fetch = dedupFetcher(fetcher.fetch);
    received.length = 0;
    await fetch(url, post(regionQuery('05')));
    await fetch(url, post(regionQuery('05')));
    expect(received).toHaveLength(2);
  });
});

describe('dedupPlugin in the gateway', () => {
  const start = async (env: Record<string, string> = {}) => {
    const gateway = await startTestGateway({ supergraphSdl: composeSupergraph([subgraph]), env });
    gateways.push(gateway);
    await gateway.query('{ region(code: "03") { name } }'); // plans the query once, so the next ones arrive together
    return gateway;
  };
  const answer = { data: { region: { name: 'Region 03' } } };

  it('shares identical concurrent queries by default', async () => {
    const gateway = await start();
    const before = calls.region;
    held = gate();
    const answers = times(20, () => gateway.query('{ region(code: "03") { name } }'));
    await expect.poll(() => calls.region - before).toBe(1);
    held.open();
    expect((await answers).map((a) => a.body)).toEqual(Array(20).fill(answer));
    // A query still on its way through the gateway when the answer came asks again; without dedup each one asks.
    expect(calls.region - before).toBeLessThan(20);
  });

  it('sends every fetch with GATEWAY_DEDUP=false', async () => {
    const gateway = await start({ GATEWAY_DEDUP: 'false' });
    const before = calls.region;
    held = gate();
    const answers = times(10, () => gateway.query('{ region(code: "03") { name } }'));
    await expect.poll(() => calls.region - before).toBe(10);
    held.open();
    expect((await answers).map((a) => a.body)).toEqual(Array(10).fill(answer));
  });
});

describe('dedupPlugin and the caller', () => {
  it('never gives one caller the answer fetched for another: fetches with different identity assertions go apart', async () => {
    // A subgraph answering who asked, read from the assertion the gateway signed; it holds every answer until released.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked = 0;
    const whoami = await startSubgraph({
      name: 'territories',
      typeDefs: gql`
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
        type Query {
          whoami: String!
        }
      `,
      resolvers: {
        Query: {
          whoami: async (_: unknown, __: unknown, { headers }: TestSubgraphContext) => {
            asked++;
            await released;
            const assertion = headers[ASSERTION_HEADER];
            return typeof assertion === 'string' ? String(decodeJwt(assertion)['partner']) : 'nobody';
          },
        },
      },
    });
    const gateway = await startTestGateway({ supergraphSdl: composeSupergraph([whoami]) });
    try {
      const token = (partner: string) =>
        mintDevToken({
          partner,
          scopes: [],
          issuer: 'https://integra.dev/issuer',
          audience: 'integra-gateway',
        });
      const callers = ['associations', 'funding'];
      const answers = Promise.all(
        callers.map(
          async (partner) =>
            (await gateway.query('{ whoami }', { authorization: `Bearer ${await token(partner)}` })).body,
        ),
      );
      // Both fetches reach the subgraph while the first is still held: had they shared it, only one would.
      await expect.poll(() => asked).toBe(2);
      release();
      expect(await answers).toEqual(callers.map((partner) => ({ data: { whoami: partner } })));
    } finally {
      release();
      await gateway.dispose();
      await whoami.stop();
    }
  });
});
