import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-tag';
import { readCounter } from '../../../lib/metrics.js';
import {
  composeSupergraph,
  regionSubgraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';

const territories = regionSubgraph('Campania');

const associations = {
  name: 'associations',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Region @key(fields: "code") {
      code: ID!
      associationCount: Int
    }
  `,
  resolvers: { Region: { __resolveReference: (ref: { code: string }) => ref, associationCount: () => 61 } },
};

let subgraphs: TestSubgraph[] = [];
let gateway: TestGateway;
beforeAll(async () => {
  subgraphs = [await startSubgraph(territories), await startSubgraph(associations)];
  gateway = await startTestGateway({ supergraphSdl: composeSupergraph(subgraphs), processMetrics: true });
});
afterAll(async () => {
  await gateway?.dispose();
  await Promise.all(subgraphs.map((s) => s.stop()));
});

async function metrics(of: TestGateway = gateway): Promise<string> {
  const response = await fetch(`${of.origin}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** How much a counter grew between two expositions, so no test depends on what ran before it. */
const counterGrowth = (before: string, after: string) => (name: string, labels: Record<string, string>) =>
  readCounter(after, name, labels) - readCounter(before, name, labels);

describe('GET /metrics', () => {
  it('counts fetches per subgraph, requests by outcome, their latency, and process metrics', async () => {
    const before = await metrics();
    const query = '{ region(code: "15") { name associationCount } }';
    for (let i = 0; i < 3; i++) expect((await gateway.query(query)).body.errors).toBeUndefined();
    expect((await gateway.query('{ region(code: "15") { name } }')).body.errors).toBeUndefined();
    expect((await gateway.query('{ nope }')).body.errors).toBeDefined();
    // A name no registered operation has is one label for all: clients cannot grow the metrics.
    expect(
      (await gateway.query(`query Mine${Date.now()} { region(code: "15") { name } }`)).body.errors,
    ).toBeUndefined();

    const text = await metrics();
    const added = counterGrowth(before, text);
    expect(added('integra_subgraph_fetches_total', { subgraph: 'territories' })).toBe(5);
    expect(added('integra_subgraph_fetches_total', { subgraph: 'associations' })).toBe(3);
    expect(
      added('integra_gateway_requests_total', { type: 'query', operation: 'unnamed', outcome: 'ok' }),
    ).toBe(4);
    expect(added('integra_gateway_requests_total', { outcome: 'error' })).toBe(1);
    expect(added('integra_gateway_request_duration_seconds_count', { type: 'query', outcome: 'ok' })).toBe(5);
    expect(
      added('integra_gateway_requests_total', { type: 'query', operation: 'other', outcome: 'ok' }),
    ).toBe(1);
    expect(text).not.toContain('Mine');
    expect(
      added('integra_subgraph_fetch_duration_seconds_count', { subgraph: 'territories', outcome: 'ok' }),
    ).toBe(5);
    expect(
      added('integra_subgraph_fetch_duration_seconds_count', { subgraph: 'associations', outcome: 'ok' }),
    ).toBe(3);
    expect(text).toContain('integra_process_cpu_user_seconds_total');
    expect(text).toContain('integra_nodejs_heap_size_used_bytes');
  });

  it('counts failed fetches per subgraph, and only those', async () => {
    // A gateway of its own, whose associations URL refuses connections (nothing listens on port 9).
    const broken = await startTestGateway({
      supergraphSdl: composeSupergraph(subgraphs),
      env: { ASSOCIATIONS_URL: 'http://127.0.0.1:9/graphql' },
    });
    try {
      const before = await metrics(broken);
      const result = await broken.query('{ region(code: "15") { name associationCount } }');
      expect(result.body.errors?.[0]?.extensions?.['serviceName']).toBe('associations');
      const added = counterGrowth(before, await metrics(broken));
      expect(added('integra_subgraph_fetch_errors_total', { subgraph: 'associations' })).toBe(1);
      // territories was fetched in the same request and answered: a fetch, not a failure.
      expect(added('integra_subgraph_fetches_total', { subgraph: 'territories' })).toBe(1);
      expect(added('integra_subgraph_fetch_errors_total', { subgraph: 'territories' })).toBe(0);
      expect(
        added('integra_subgraph_fetch_duration_seconds_count', {
          subgraph: 'associations',
          outcome: 'error',
        }),
      ).toBe(1);
    } finally {
      await broken.dispose();
    }
  });
});
