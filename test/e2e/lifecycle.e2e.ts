/**
 * A gateway process stopped by SIGTERM, as an orchestrator stops one: `/ready` turns 503 at once
 * while `/health` stays 200 and requests are still served for the drain delay; the request in
 * flight finishes with its answer; then the process stops listening and exits 0. One whose
 * requests outlast the shutdown timeout exits 1 at the deadline.
 */
import { once } from 'node:events';
import { gql } from 'graphql-tag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/graph.js';
import {
  composeSupergraph,
  startSubgraph,
  writeSupergraphFile,
  type TestSubgraph,
} from '../../gateway/src/testing/harness.js';
import { processes } from './processes.js';

const slow = {
  name: 'territories',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query {
      "Answers after \`ms\` milliseconds."
      slow(ms: Int!): Int!
    }
  `,
  resolvers: {
    Query: {
      slow: (_: unknown, { ms }: { ms: number }) =>
        new Promise((resolve) => setTimeout(() => resolve(ms), ms)),
    },
  },
};

describe('a gateway stopped by SIGTERM', () => {
  let subgraph: TestSubgraph;
  let supergraph: Awaited<ReturnType<typeof writeSupergraphFile>>;
  const running = processes();

  beforeAll(async () => {
    subgraph = await startSubgraph(slow);
    supergraph = await writeSupergraphFile(composeSupergraph([subgraph]));
  });
  afterAll(async () => {
    await running.dispose();
    await supergraph?.remove();
    await subgraph?.stop();
  });

  async function startGateway(env: Record<string, string>) {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const child = await running.start(
      'gateway/src/main.ts',
      ['--port', String(port), '--supergraph', supergraph.path],
      env,
      `${origin}/ready`,
    );
    const ask = (ms: number) =>
      fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ slow(ms: ${ms}) }` }),
      });
    const status = (route: string) => fetch(`${origin}${route}`).then((r) => r.status);
    return { child, origin, ask, status };
  }

  it('turns unready, still serves during the drain delay, finishes what is in flight, and exits 0', async () => {
    const gateway = await startGateway({
      INTEGRA_DRAIN_DELAY_MS: '800',
      INTEGRA_SHUTDOWN_TIMEOUT_MS: '5000',
    });
    const inFlight = gateway.ask(1500);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const exit = once(gateway.child, 'exit');
    gateway.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 150));

    expect(await gateway.status('/ready')).toBe(503);
    expect(await gateway.status('/health')).toBe(200);
    // A request that arrives while draining is still answered.
    const late = await gateway.ask(10);
    expect(late.status).toBe(200);
    expect(await late.json()).toEqual({ data: { slow: 10 } });

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { slow: 1500 } });
    const [code] = await exit;
    expect(code).toBe(0);
    await expect(gateway.status('/health')).rejects.toThrow();
  });

  it('exits 1 at the shutdown deadline when a request outlasts it', async () => {
    const gateway = await startGateway({ INTEGRA_SHUTDOWN_TIMEOUT_MS: '300' });
    const inFlight = gateway.ask(5000).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stoppedAt = Date.now();
    const exit = once(gateway.child, 'exit');
    gateway.child.kill('SIGTERM');
    const [code] = await exit;
    expect(code).toBe(1);
    expect(Date.now() - stoppedAt).toBeLessThan(3000);
    // The client sees its connection closed, not an answer.
    expect(await inFlight).toBeInstanceOf(Error);
  });
});
