/**
 * A partner records its subgraph's traffic policy in the registry and every gateway following the
 * registry applies it within a poll, under the gateway's own variables for that subgraph; what a
 * gateway applies is in its `/health`. Real processes: registry, subgraphs, gateway.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startE2EGraph, type E2EGraph } from './harness.js';

let graph: E2EGraph;
beforeAll(async () => {
  graph = await startE2EGraph({
    env: () => ({ GATEWAY_REGISTRY_POLL_MS: '200', STATISTICS_TIMEOUT_MS: '4000' }),
  });
});
afterAll(() => graph?.dispose());

interface Health {
  traffic: Record<
    string,
    { timeoutMs: number; retry: { maxRetries: number }; breaker: { failurePercent: number } }
  >;
}
const health = async () =>
  (await (await fetch(graph.gateway.url.replace('/graphql', '/health'))).json()) as Health;

async function record(name: string, settings: unknown, partner = name) {
  const token = (
    (await (await fetch(`${graph.registry!.url}/api/dev-token/${partner}`)).json()) as { token: string }
  ).token;
  return fetch(`${graph.registry!.url}/api/subgraphs/${name}/traffic`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ settings }),
  });
}

it("applies a partner's recorded policy within a poll, under the gateway's own variables for it", async () => {
  // Before: the gateway's own variable only.
  expect((await health()).traffic['statistics']).toMatchObject({ timeoutMs: 4000, retry: { maxRetries: 2 } });
  expect(
    (await record('statistics', { timeoutMs: 3000, retries: 0, breakerFailurePercent: 30 })).status,
  ).toBe(200);
  expect((await record('content', { retries: 1 })).status).toBe(200);
  await expect
    .poll(async () => (await health()).traffic, { timeout: 10_000 })
    .toMatchObject({
      // STATISTICS_TIMEOUT_MS wins over the recorded timeout; the recorded rest applies.
      statistics: { timeoutMs: 4000, retry: { maxRetries: 0 }, breaker: { failurePercent: 30 } },
      content: { timeoutMs: 10_000, retry: { maxRetries: 1 } },
    });
  // Still answering through the recorded policies.
  const answer = (await (
    await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions(first: 2) { edges { node { code } } } }' }),
    })
  ).json()) as { errors?: unknown };
  expect(answer.errors).toBeUndefined();
  // Another partner cannot set it, and clearing it brings the defaults back.
  expect((await record('statistics', { retries: 10 }, 'services')).status).toBe(403);
  expect((await record('content', {})).status).toBe(200);
  await expect
    .poll(async () => Object.keys((await health()).traffic), { timeout: 10_000 })
    .toEqual(['statistics']);
});
