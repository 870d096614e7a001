import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-tag';
import {
  composeSupergraph,
  regionSubgraph,
  startSubgraph,
  startTestGateway,
  type TestSubgraph,
} from '../testing/harness.js';

const territories = regionSubgraph('Piemonte');

// Echoes what the gateway forwarded, so the test sees it from the subgraph's side; `slow` never
// answers before the tests end, so only the gateway's own timeout can finish a query asking for it.
let answerSlow = () => {};
const slowAnswered = new Promise<void>((resolve) => (answerSlow = resolve));
const services = {
  name: 'services',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Region @key(fields: "code") {
      code: ID!
      acceptLanguage: String
      requestId: String
      slow: String
    }
  `,
  resolvers: {
    Region: {
      __resolveReference: (ref: { code: string }) => ref,
      acceptLanguage: (_: unknown, __: unknown, { headers }: { headers: Record<string, unknown> }) =>
        headers['accept-language'] ?? null,
      requestId: (_: unknown, __: unknown, { headers }: { headers: Record<string, unknown> }) =>
        headers['x-request-id'] ?? null,
      slow: async () => {
        await slowAnswered;
        return 'late';
      },
    },
  },
};

type RegionResult = {
  region: { name: string; acceptLanguage?: string | null; requestId?: string | null; slow?: string | null };
};

let subgraphs: TestSubgraph[] = [];
beforeAll(async () => {
  subgraphs = [await startSubgraph(territories), await startSubgraph(services)];
});
afterAll(async () => {
  answerSlow();
  await Promise.all(subgraphs.map((s) => s.stop()));
});

describe('SubgraphDataSource', () => {
  it("forwards the client's Accept-Language, and its own request id rather than the client's, to the subgraphs", async () => {
    const gateway = await startTestGateway({ supergraphSdl: composeSupergraph(subgraphs) });
    try {
      const query = '{ region(code: "01") { name acceptLanguage requestId } }';
      const given = await gateway.query<RegionResult>(query, {
        'accept-language': 'en-GB,en;q=0.8',
        'x-request-id': 'req-42',
      });
      expect(given.body).toEqual({
        data: {
          region: {
            name: 'Piemonte',
            acceptLanguage: 'en-GB,en;q=0.8',
            requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          },
        },
      });
      expect(given.headers.get('x-request-id')).toBe(given.body.data?.region.requestId);

      const generated = await gateway.query<RegionResult>(query, { 'accept-language': 'ar' });
      const requestId = generated.body.data?.region.requestId;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(requestId).not.toBe(given.body.data?.region.requestId);
      expect(generated.headers.get('x-request-id')).toBe(requestId);
      expect(generated.body.data?.region.acceptLanguage).toBe('ar');
    } finally {
      await gateway.dispose();
    }
  });

  it('routes to <ENVPREFIX>_URL instead of the URL in the supergraph', async () => {
    // Port 9 (discard) is closed here: without the override, services cannot be reached.
    const supergraphSdl = composeSupergraph(subgraphs, { services: 'http://127.0.0.1:9/graphql' });
    const servicesUrl = subgraphs[1]?.url ?? '';
    const query = '{ region(code: "01") { name requestId } }';

    const plain = await startTestGateway({ supergraphSdl });
    try {
      const result = await plain.query<RegionResult>(query, { 'x-request-id': 'r1' });
      expect(result.body.errors?.[0]?.extensions).toMatchObject({
        code: 'SUBGRAPH_UNAVAILABLE',
        serviceName: 'services',
      });
    } finally {
      await plain.dispose();
    }

    const overridden = await startTestGateway({ supergraphSdl, env: { SERVICES_URL: servicesUrl } });
    try {
      const result = await overridden.query<RegionResult>(query, { 'x-request-id': 'r2' });
      expect(result.body).toEqual({
        data: { region: { name: 'Piemonte', requestId: result.headers.get('x-request-id') } },
      });
    } finally {
      await overridden.dispose();
    }
  });

  it('gives up on a subgraph after SUBGRAPH_TIMEOUT_MS and still answers the rest', async () => {
    const gateway = await startTestGateway({
      supergraphSdl: composeSupergraph(subgraphs),
      env: { SUBGRAPH_TIMEOUT_MS: '200' },
    });
    try {
      const result = await gateway.query<RegionResult>('{ region(code: "01") { name slow } }');
      expect(result.body.data).toEqual({ region: { name: 'Piemonte', slow: null } });
      expect(result.body.errors?.[0]).toMatchObject({
        message: expect.stringContaining('"services"'),
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'services', reason: 'timeout' },
      });
    } finally {
      await gateway.dispose();
    }
  });
});
