/**
 * The gateway's behaviour a client notices: batched subgraph work (no N+1), nulls for unknown
 * keys, clear errors for bad arguments, localisation, and partial answers when a subgraph stops.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCounter } from '../../lib/metrics.js';
import { startE2EGraph, type E2EGraph } from './harness.js';
import { viaGateway } from '../assertions.js';

let graph: E2EGraph;
beforeAll(async () => {
  graph = await startE2EGraph();
});
afterAll(() => graph?.dispose());

const servicesWithRelations = `query($first: Int!) {
  services(first: $first) {
    edges { node { id name { text } association { id name } municipality { name province { name region { name { text } } } } } }
  }
}`;

async function statementsOf(first: number): Promise<Record<string, number>> {
  const before = await graph.statementCounts();
  const result = await graph.execute<{ services: { edges: unknown[] } }, { first: number }>(
    servicesWithRelations,
    { first },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.services.edges).toHaveLength(first);
  const after = await graph.statementCounts();
  return Object.fromEntries(
    Object.keys(after).map((name) => [name, (after[name] ?? 0) - (before[name] ?? 0)]),
  );
}

describe('the gateway over the real subgraphs', () => {
  it('costs each subgraph the same number of SQL statements for 100 services as for 10', async () => {
    await statementsOf(5); // warm-up: query plans and prepared connections
    const ten = await statementsOf(10);
    const hundred = await statementsOf(100);
    console.log(
      `SQL statements per subgraph: 10 services ${JSON.stringify(ten)}; 100 services ${JSON.stringify(hundred)}`,
    );
    expect(hundred).toEqual(ten);
    expect(ten['services']).toBeGreaterThan(0);
    expect(ten['territories']).toBeGreaterThan(0);
  });

  it('answers null without an error for unknown keys', async () => {
    const result = await graph.execute(`{
      service(id: "SRV-99999") { id } association(id: "ASS-9999") { id } municipality(istatCode: "999999") { name }
      fundingSource(id: "FS-NOPE") { id } pilotAction(id: "PA-999") { id } region(code: "99") { code }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      service: null,
      association: null,
      municipality: null,
      fundingSource: null,
      pilotAction: null,
      region: null,
    });
  });

  it('refuses bad arguments with BAD_USER_INPUT naming the argument', async () => {
    const page = await graph.execute(`{ services(first: 1000) { totalCount } }`);
    expect(page.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const code = await graph.execute(`{ region(code: "Lombardia") { code } }`);
    expect(code.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code' });
  });

  it('refuses a malformed custom scalar as bad input from the subgraph that owns it', async () => {
    for (const [query, variables] of [
      [`{ allocations(filter: { committedAtLeast: "abc" }) { totalCount } }`, undefined],
      [`query($m: Money) { allocations(filter: { committedAtLeast: $m }) { totalCount } }`, { m: '1.234' }],
    ] as const) {
      const result = await graph.execute(query, variables as never);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        serviceName: 'funding',
      });
      expect(result.errors?.[0]?.message).toMatch(/Money/);
    }
  });

  it('answers a body that is not JSON with 400 and a JSON error, at the gateway and at a subgraph', async () => {
    const subgraph = graph.subgraphs[0]!;
    for (const [url, headers] of [
      [graph.gateway.url, {}],
      [subgraph.url, await viaGateway(subgraph.name)],
    ] as const) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{"query": ',
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('answers in the language the client asks for, and says which', async () => {
    const english = await graph.execute<{ region: { name: { text: string; locale: string } } }, never>(
      `{ region(code: "09") { name { text locale } } }`,
      undefined,
      {
        'accept-language': 'en',
      },
    );
    expect(english.data?.region.name).toEqual({ text: 'Tuscany', locale: 'EN' });
    const fallback = await graph.execute<{ region: { name: { text: string; locale: string } } }, never>(
      `{ region(code: "09") { name(lang: ZH) { text locale } } }`,
    );
    expect(fallback.data?.region.name).toEqual({ text: 'Toscana', locale: 'IT' });
  });

  it('counts subgraph fetches per subgraph in /metrics', async () => {
    const text = await (await fetch(graph.gateway.url.replace('/graphql', '/metrics'))).text();
    expect(readCounter(text, 'integra_subgraph_fetches_total', { subgraph: 'services' })).toBeGreaterThan(0);
    expect(readCounter(text, 'integra_subgraph_fetches_total', { subgraph: 'territories' })).toBeGreaterThan(
      0,
    );
  });

  it('gives partial data and an error naming a stopped subgraph, and keeps serving', async () => {
    const candidates = await graph.executeOn(
      'services',
      `{ services(first: 100, filter: { providerKinds: [THIRD_SECTOR_BODY] }) { edges { node { id association { id } } } } }`,
    );
    const run = (
      candidates.data?.services.edges as { node: { id: string; association: { id: string } | null } }[]
    ).find((e) => e.node.association);
    expect(run).toBeDefined();
    await graph.stopSubgraph('associations');
    try {
      const result = await graph.execute<
        { service: { name: { text: string }; association: unknown } },
        { id: string }
      >(`query($id: ID!) { service(id: $id) { name { text } association { name } } }`, {
        id: run?.node.id ?? '',
      });
      expect(result.data?.service.name.text).toBeTruthy();
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result.errors)).toContain('associations');
      const health = await fetch(graph.gateway.readyUrl);
      expect(health.status).toBe(200);
      const other = await graph.execute(`{ region(code: "01") { code } }`);
      expect(other.errors).toBeUndefined();
    } finally {
      await graph.startSubgraph('associations');
    }
    const again = await graph.execute(`{ association(id: "ASS-0001") { id } }`);
    expect(again.errors).toBeUndefined();
  });
});
