/**
 * Partners failing under load, with real processes (registry, seven subgraphs, gateway) and
 * autocannon as the clients: a subgraph killed and started again, and a partner that hangs,
 * answers 500s, malformed JSON or 50 MB. Each case says how many client requests failed (no
 * answer, or not HTTP 200) and how many got partial data; the gateway must keep answering within
 * the subgraph's timeout, open the partner's circuit and close it by itself once the partner is well.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRun, pause, underLoad, until } from '../load.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

/** The partner of the second case, on a port of this test: each request answered as `mode` says. */
type Mode = 'well' | 'hang' | '500' | 'malformed' | 'huge';
let mode: Mode = 'well';
const HUGE = Buffer.alloc(50 * 1024 * 1024, 'x');
const faulty = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    if (mode === 'hang') return; // accepted, never answered
    if (mode === '500') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
    if (mode === 'malformed')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": {"_entities": [');
    if (mode === 'huge')
      return void res
        .writeHead(200, { 'content-type': 'application/json', 'content-length': HUGE.length })
        .end(HUGE);
    // Well: what the content subgraph answers for the regions asked.
    const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      variables: { representations: { code: string }[] };
    };
    const entities = variables.representations.map(() => ({ protectionProjectCount: 7 }));
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ data: { _entities: entities } }));
  });
});

const TIMEOUT_MS = 1500;
let graph: E2EGraph;
beforeAll(async () => {
  await new Promise<void>((resolve) => faulty.listen(0, '127.0.0.1', resolve));
  const faultyUrl = `http://127.0.0.1:${(faulty.address() as AddressInfo).port}/graphql`;
  graph = await startE2EGraph({
    env: () => ({
      // Every request reaches the subgraphs: no answer is served from the gateway's cache.
      GATEWAY_RESPONSE_CACHE: 'false',
      // Nor shared between clients: each request's fetches meet the partner's failure themselves.
      GATEWAY_DEDUP: 'false',
      SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
      GATEWAY_BREAKER_MIN_FETCHES: '10',
      GATEWAY_BREAKER_WINDOW_MS: '2000',
      GATEWAY_BREAKER_HALF_OPEN_AFTER_MS: '500',
      CONTENT_URL: faultyUrl,
    }),
  });
}, 120_000);
afterAll(async () => {
  await graph?.dispose();
  faulty.closeAllConnections();
  await new Promise((resolve) => faulty.close(resolve));
});

const circuits = async () =>
  (
    (await (await fetch(graph.gateway.url.replace('/graphql', '/health'))).json()) as {
      circuits: Record<string, string>;
    }
  ).circuits;

describe('partners failing under load', () => {
  it('a subgraph killed: partial data at once, its circuit opens, and closes by itself once it is back', async () => {
    const { tally, result, failed } = await underLoad(
      { url: graph.gateway.url, query: '{ region(code: "03") { code residents { total } } }' },
      async (tally) => {
        await pause(1000);
        await graph.stopSubgraph('statistics', 'SIGKILL');
        await until(async () => (await circuits())['statistics'] === 'open', 5000);
        await pause(1000);
        await graph.startSubgraph('statistics');
        await until(async () => (await circuits())['statistics'] === 'closed', 10_000);
        const before = tally.whole;
        await pause(1000);
        // Well again: whole answers, with no gateway restart.
        expect(tally.whole).toBeGreaterThan(before);
      },
    );
    console.log(`[chaos] ${describeRun(`statistics killed`, { tally, result, failed })}`);
    expect(failed).toBe(0);
    expect(tally.partial).toBeGreaterThan(0);
    expect([...tally.reasons].every((r) => ['unreachable', 'circuit_open'].includes(r))).toBe(true);
    expect(result.latency.max).toBeLessThan(TIMEOUT_MS + 1000);
  }, 60_000);

  it('every subgraph restarted one after another (SIGTERM, drained): no client request fails', async () => {
    const { tally, result, failed } = await underLoad(
      {
        url: graph.gateway.url,
        query:
          '{ region(code: "03") { code name { text } residents { total } services(first: 2) { totalCount } } }',
      },
      async () => {
        await pause(500);
        for (const subgraph of graph.subgraphs) {
          await graph.stopSubgraph(subgraph.name);
          await graph.startSubgraph(subgraph.name);
        }
        await pause(500);
      },
    );
    console.log(
      `[chaos] ${describeRun(`rolling restart of ${graph.subgraphs.length} subgraphs`, { tally, result, failed })}`,
    );
    expect(failed).toBe(0);
    expect(tally.whole).toBeGreaterThan(0);
  }, 120_000);

  for (const [failure, expected] of [
    ['hang', 'timeout'],
    ['500', 'http_error'],
    ['malformed', 'invalid_response'],
    ['huge', 'too_large'],
  ] as const) {
    it(`a partner that answers ${failure === 'hang' ? 'nothing' : failure === 'huge' ? '50 MB' : failure === '500' ? '500s' : 'malformed JSON'}: partial data within the timeout, and its circuit opens then closes`, async () => {
      mode = 'well';
      await until(async () => (await circuits())['content'] !== 'open', 5000);
      const { tally, result, failed } = await underLoad(
        { url: graph.gateway.url, query: '{ region(code: "03") { code protectionProjectCount } }' },
        async () => {
          await pause(500);
          mode = failure;
          await until(async () => (await circuits())['content'] === 'open', 10_000);
          mode = 'well';
          await until(async () => (await circuits())['content'] === 'closed', 10_000);
          await pause(500);
        },
      );
      console.log(`[chaos] ${describeRun(`content ${failure}`, { tally, result, failed })}`);
      expect(failed).toBe(0);
      expect(tally.reasons.has(expected)).toBe(true);
      expect(tally.whole).toBeGreaterThan(0);
      expect(result.latency.max).toBeLessThan(TIMEOUT_MS + 1000);
    }, 60_000);
  }
});
