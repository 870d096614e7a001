/**
 * What one client can hold or ask for, on the real processes: slow clients (headers or bodies a
 * byte at a time, connections that send nothing, too many connections) are cut on the gateway, a
 * subgraph and the registry alike; list arguments are capped however they reach a subgraph.
 * Short limits come from the same variables operators set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, silentClient, slowBody, slowHeaders, type SlowClient } from '../slowClients.js';
import { viaGateway } from '../assertions.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

const HEADERS_TIMEOUT_MS = 1000;
const REQUEST_TIMEOUT_MS = 2000;
const MAX_CONNECTIONS = 30;

let graph: E2EGraph;
const clients: SlowClient[] = [];
beforeAll(async () => {
  graph = await startE2EGraph({
    env: () => ({
      INTEGRA_HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
      INTEGRA_HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      INTEGRA_HTTP_MAX_CONNECTIONS: String(MAX_CONNECTIONS),
    }),
  });
});
afterAll(async () => {
  for (const client of clients) client.close();
  await graph?.dispose();
});

const origin = (url: string) => new URL(url).origin;
const hosts = () => [
  { name: 'gateway', origin: origin(graph.gateway.url), health: graph.gateway.readyUrl, post: '/graphql' },
  {
    name: 'services subgraph',
    origin: origin(graph.subgraphs.find((s) => s.name === 'services')!.url),
    health: graph.subgraphs.find((s) => s.name === 'services')!.readyUrl,
    post: '/graphql',
  },
  {
    name: 'registry',
    origin: origin(graph.registry!.url),
    health: graph.registry!.readyUrl,
    post: '/api/subgraphs/services/check',
  },
];
/** What lets a request's body be read at all: the subgraph refuses a request without the gateway's assertion before reading it. */
const credentials = async (name: string): Promise<Record<string, string>> =>
  name === 'services subgraph' ? viaGateway('services') : {};

describe.each(['gateway', 'services subgraph', 'registry'])('slow clients on the %s', (name) => {
  const host = () => hosts().find((h) => h.name === name)!;

  it('closes 20 clients dripping their headers within the headers timeout, with a 408', async () => {
    const slow = Array.from({ length: 20 }, () => slowHeaders(host().origin));
    clients.push(...slow);
    const ended = await Promise.all(slow.map((c) => c.ended));
    for (const end of ended) {
      expect(end.afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + 1500);
      expect(end.answer).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    }
    expect(await answers(host().health)).toBe(true);
  });

  it('cuts a body that arrives a byte at a time at the request timeout, with a 408', async () => {
    const client = slowBody(host().origin, host().post, await credentials(name));
    clients.push(client);
    const end = await client.ended;
    expect(end.afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + 1500);
    expect(end.answer).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
  });

  it('refuses connections beyond the cap, and serves a fresh client once the slow ones are cut', async () => {
    const held = Array.from({ length: MAX_CONNECTIONS }, () => slowHeaders(host().origin));
    clients.push(...held);
    await new Promise((resolve) => setTimeout(resolve, 300)); // every held connection accepted
    const extra = silentClient(host().origin);
    clients.push(extra);
    const refused = await extra.ended;
    expect(refused.afterMs).toBeLessThan(HEADERS_TIMEOUT_MS);
    expect(refused.answer).toBe('');
    await Promise.all(held.map((c) => c.ended));
    await expect.poll(() => answers(host().health), { timeout: 5000 }).toBe(true);
  });
});

describe('list arguments through the gateway', () => {
  const IDS = `query($ids: [ID!]) { pilotActions(filter: { ids: $ids }) { totalCount } }`;
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `PA-${String(i % 1000).padStart(3, '0')}`);

  it('answers 60,000 ids with BAD_USER_INPUT naming the argument and its limit', async () => {
    const result = await graph.execute(IDS, { ids: ids(60_000) });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Invalid argument "filter.ids": has 60000 items; at most 1000 are allowed',
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.ids' },
    });
  });

  it('caps a list in a nested field the gateway sends in an entity fetch', async () => {
    const result = await graph.execute(
      `query($ids: [ID!]) { region(code: "01") { code pilotActions(filter: { ids: $ids }) { totalCount } } }`,
      {
        ids: ids(1001),
      },
    );
    expect(result.errors?.[0], JSON.stringify(result).slice(0, 500)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.ids' },
    });
    expect(result.data).toEqual({ region: null }); // pilotActions is non-null: its failure nulls the region
  });

  it('still answers a list within the limit', async () => {
    const result = await graph.execute(IDS, { ids: ['PA-001', 'PA-002'] });
    expect(result).toEqual({ data: { pilotActions: { totalCount: 2 } } });
  });
});
