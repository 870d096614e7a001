import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSubgraphFetcher, type SubgraphFetcher } from '../fetcher.js';
import { SubgraphRefusedError } from '../subgraphErrors.js';
import { trafficConfig } from '../trafficConfig.js';
import { trafficPolicyPlugin } from './trafficPolicy.js';

// A real subgraph stand-in: answers each request with the next scripted status (200 once the
// script is used up), after `delayMs`; counts what it received.
let server: http.Server;
let url: string;
let script: number[] = [];
let delayMs = 0;
let received: string[] = [];
let fetcher: SubgraphFetcher;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push(body);
      const status = script.shift() ?? 200;
      setTimeout(() => {
        // 299 and 298 stand for a 200 whose body is not JSON: a proxy's error page, an answer cut short.
        res.writeHead(status >= 298 && status <= 299 ? 200 : status, { 'content-type': 'application/json' });
        if (status === 299) return res.end('<html>Bad gateway</html>');
        if (status === 298) return res.end('{"data": {"ok": tr');
        res.end(JSON.stringify(status === 200 ? { data: { ok: true } } : { errors: [{ message: 'down' }] }));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  fetcher = createSubgraphFetcher({ timeoutMs: 5000 });
});
afterAll(async () => {
  await fetcher.dispose();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  script = [];
  delayMs = 0;
  received = [];
});

const QUERY = { method: 'POST', body: JSON.stringify({ query: 'query Q { ok }' }) };
const MUTATION = { method: 'POST', body: JSON.stringify({ query: 'mutation M { ok }' }) };

/** The plugin's fetch for subgraph `statistics` under the environment `env`, and the plugin. */
function fetchThrough(env: Record<string, string>) {
  const registry = new Registry();
  const plugin = trafficPolicyPlugin({ traffic: trafficConfig(env), registry });
  const fetch = plugin.subgraph!.wrapFetch!(fetcher.fetch, 'statistics');
  return { fetch, plugin, registry };
}

/** Quick retries, and a budget that allows one per fetch unless a test says otherwise. */
const QUICK = { GATEWAY_SUBGRAPH_RETRY_DELAY_MS: '1', GATEWAY_SUBGRAPH_RETRY_BUDGET_PERCENT: '100' };

describe("a subgraph's traffic policy", () => {
  it('sends a query again after a 503 and answers what the next attempt got', async () => {
    const { fetch, registry } = fetchThrough(QUICK);
    script = [503];
    const response = await fetch(url, QUERY);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(received).toHaveLength(2);
    expect(await registry.getSingleMetricAsString('integra_subgraph_retries_total')).toContain(
      'integra_subgraph_retries_total{subgraph="statistics"} 1',
    );
  });

  it('never sends a mutation twice, and hands back the failed answer', async () => {
    const { fetch } = fetchThrough(QUICK);
    script = [503];
    expect((await fetch(url, MUTATION)).status).toBe(503);
    expect(received).toHaveLength(1);
  });

  it('does not retry a 500 (a fault, not a pause), nor past the number of retries', async () => {
    const { fetch } = fetchThrough({ ...QUICK, GATEWAY_SUBGRAPH_RETRIES: '1' });
    script = [500];
    expect((await fetch(url, QUERY)).status).toBe(500);
    expect(received).toHaveLength(1);
    script = [503, 503, 503];
    expect((await fetch(url, QUERY)).status).toBe(503);
    expect(received).toHaveLength(3);
  });

  it('retries at most the budget: 10% of the fetches', async () => {
    const { fetch } = fetchThrough({ GATEWAY_SUBGRAPH_RETRY_DELAY_MS: '1' });
    // Nine answered fetches, then a failing one: 1 retry would be 10% of 10 fetches, allowed.
    for (let i = 0; i < 9; i++) await fetch(url, QUERY);
    script = [503, 503, 503];
    expect((await fetch(url, QUERY)).status).toBe(503);
    expect(received).toHaveLength(9 + 2);
    // The next failing fetch would make 2 retries in 11 fetches: none is sent.
    script = [503, 503];
    expect((await fetch(url, QUERY)).status).toBe(503);
    expect(received).toHaveLength(9 + 2 + 1);
  });

  it('opens on a failure rate, refuses at once while open, lets one probe through half-open, and closes on its success', async () => {
    const { fetch, plugin, registry } = fetchThrough({
      GATEWAY_SUBGRAPH_RETRIES: '0',
      GATEWAY_BREAKER_FAILURE_PERCENT: '50',
      GATEWAY_BREAKER_MIN_FETCHES: '4',
      GATEWAY_BREAKER_WINDOW_MS: '5000',
      GATEWAY_BREAKER_HALF_OPEN_AFTER_MS: '300',
    });
    await fetch(url, QUERY);
    expect(plugin.circuits()).toEqual({ statistics: 'closed' });
    script = [503, 503, 503];
    for (let i = 0; i < 3; i++) expect((await fetch(url, QUERY)).status).toBe(503);
    expect(plugin.circuits()).toEqual({ statistics: 'open' });
    expect(await registry.getSingleMetricAsString('integra_subgraph_circuit_state')).toContain(
      'integra_subgraph_circuit_state{subgraph="statistics"} 2',
    );

    // Open: refused without reaching the subgraph.
    const before = received.length;
    const refused = await fetch(url, QUERY).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SubgraphRefusedError);
    expect((refused as SubgraphRefusedError).reason).toBe('circuit_open');
    expect(received).toHaveLength(before);

    // Half-open after 300 ms: one probe goes alone, the others wait for its outcome. A failed
    // probe opens the circuit again, and the ones waiting are refused.
    await new Promise((resolve) => setTimeout(resolve, 350));
    delayMs = 100;
    script = [503];
    const probing = fetch(url, QUERY);
    expect(plugin.circuits()).toEqual({ statistics: 'half_open' });
    const [failedProbe, waiting] = await Promise.allSettled([probing, fetch(url, QUERY)]);
    expect(failedProbe).toMatchObject({ status: 'fulfilled', value: { status: 503 } });
    expect(waiting).toMatchObject({ status: 'rejected', reason: { reason: 'circuit_open' } });
    expect(received).toHaveLength(before + 1);
    expect(plugin.circuits()).toEqual({ statistics: 'open' });

    // A successful probe closes it, and the ones waiting go through.
    await new Promise((resolve) => setTimeout(resolve, 350));
    const [probe, other] = await Promise.allSettled([fetch(url, QUERY), fetch(url, QUERY)]);
    expect([probe.status, other.status]).toEqual(['fulfilled', 'fulfilled']);
    expect(received).toHaveLength(before + 3);
    expect(plugin.circuits()).toEqual({ statistics: 'closed' });
    expect(await registry.getSingleMetricAsString('integra_subgraph_refusals_total')).toContain(
      'integra_subgraph_refusals_total{subgraph="statistics",reason="circuit_open"} 2',
    );
  });

  it('keeps at most the cap of fetches in flight, a bounded queue behind them, and refuses beyond it', async () => {
    const { fetch } = fetchThrough({
      GATEWAY_SUBGRAPH_MAX_CONCURRENT: '2',
      GATEWAY_SUBGRAPH_MAX_QUEUED: '1',
    });
    delayMs = 100;
    const results = await Promise.allSettled([1, 2, 3, 4].map(() => fetch(url, QUERY)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect(results[3]).toMatchObject({ reason: { reason: 'overloaded' } });
    expect(received).toHaveLength(3);
  });

  it("gives the fetch its subgraph's own timeout, and does not retry one", async () => {
    const { fetch } = fetchThrough({ ...QUICK, STATISTICS_TIMEOUT_MS: '100' });
    delayMs = 300;
    await expect(fetch(url, QUERY)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(received).toHaveLength(1);
  });

  it('counts an answer that is not JSON as a failure, without sending it again', async () => {
    const { fetch, plugin } = fetchThrough({ ...QUICK, GATEWAY_BREAKER_MIN_FETCHES: '2' });
    script = [299, 298];
    for (const body of ['<html>Bad gateway</html>', '{"data": {"ok": tr']) {
      const response = await fetch(url, QUERY);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(body);
    }
    expect(received).toHaveLength(2);
    expect(plugin.circuits()).toEqual({ statistics: 'open' });
  });

  it('keeps its breaker when a new supergraph builds new data sources', async () => {
    const { fetch, plugin } = fetchThrough({
      GATEWAY_SUBGRAPH_RETRIES: '0',
      GATEWAY_BREAKER_MIN_FETCHES: '2',
    });
    script = [503, 503];
    await fetch(url, QUERY);
    await fetch(url, QUERY);
    const rebuilt = plugin.subgraph!.wrapFetch!(fetcher.fetch, 'statistics');
    await expect(rebuilt(url, QUERY)).rejects.toMatchObject({ reason: 'circuit_open' });
  });

  it("follows the policy its partner recorded, under the gateway's own variables for it", async () => {
    const { fetch, plugin } = fetchThrough({ ...QUICK, STATISTICS_TIMEOUT_MS: '2000' });
    // Recorded: no retries, a 100 ms timeout; the gateway's STATISTICS_TIMEOUT_MS still wins.
    plugin.record(new Map([['statistics', { retries: 0, timeoutMs: 100 }]]));
    script = [503];
    expect((await fetch(url, QUERY)).status).toBe(503);
    expect(received).toHaveLength(1);
    delayMs = 300;
    expect((await fetch(url, QUERY)).status).toBe(200);
    // A new record applies from the next fetch, by the same data source.
    plugin.record(new Map([['statistics', { retries: 1 }]]));
    delayMs = 0;
    received = [];
    script = [503];
    expect((await fetch(url, QUERY)).status).toBe(200);
    expect(received).toHaveLength(2);
  });

  it("gives a subgraph a new breaker when its recorded policy changes, and keeps it when another's changes", async () => {
    const { fetch, plugin } = fetchThrough({
      GATEWAY_SUBGRAPH_RETRIES: '0',
      GATEWAY_BREAKER_MIN_FETCHES: '2',
    });
    script = [503, 503];
    await fetch(url, QUERY);
    await fetch(url, QUERY);
    expect(plugin.circuits()).toEqual({ statistics: 'open' });
    plugin.record(new Map([['services', { retries: 1 }]]));
    expect((await fetch(url, QUERY).catch((error: unknown) => error)) as object).toMatchObject({
      reason: 'circuit_open',
    });
    plugin.record(new Map([['statistics', { breakerMinFetches: 5 }]]));
    expect((await fetch(url, QUERY)).status).toBe(200);
    expect(plugin.circuits()).toEqual({ statistics: 'closed' });
  });
});
