/**
 * Two gateway replicas behind a real load balancer (HAProxy, from Debian's packages), as a
 * deployment runs them: the balancer sends traffic only to replicas whose `/ready` answers 200. One
 * replica killed in the middle of the load (SIGKILL), and one stopped the orderly way (SIGTERM: it
 * turns unready, drains, exits): the clients see no failed request either time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/graph.js';
import { describeRun, pause, underLoad } from '../load.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

const HAPROXY = '/usr/sbin/haproxy';
const haproxyHere = existsSync(HAPROXY);
if (!haproxyHere) {
  if (process.env['CI'] === 'true') throw new Error(`${HAPROXY} is missing, and CI=true requires it`);
  console.warn(`[load balancer e2e] skipped: ${HAPROXY} is missing (apt-get install haproxy)`);
}

/** The balancer's configuration: health checks on /ready every 200 ms; a failed request is tried on another replica. */
function haproxyConfig(port: number, replicas: readonly { name: string; port: number }[]): string {
  return `global
  log stdout format raw local0 warning
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  retries 3
  option redispatch 1
  retry-on all-retryable-errors
  option http-buffer-request
frontend graph
  bind 127.0.0.1:${port}
  default_backend gateways
backend gateways
  balance roundrobin
  option httpchk GET /ready
  http-check expect status 200
  default-server inter 200ms fall 1 rise 2
${replicas.map((r) => `  server ${r.name} 127.0.0.1:${r.port} check`).join('\n')}
`;
}

let graph: E2EGraph;
let balancer: ChildProcess;
let frontend: string;
const gatewayPorts: number[] = [];

/** Starts a replica on a free port; its pid, from its /health. */
async function startReplica(name: string): Promise<{ name: string; port: number }> {
  const port = await freePort();
  await graph.startGateway(port, { INTEGRA_DRAIN_DELAY_MS: '1000' });
  gatewayPorts.push(port);
  return { name, port };
}
const pidOf = async (port: number) =>
  ((await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { pid: number }).pid;

beforeAll(async () => {
  if (!haproxyHere) return;
  graph = await startE2EGraph({ env: () => ({ GATEWAY_RESPONSE_CACHE: 'false' }) });
  const replicas = [await startReplica('a'), await startReplica('b'), await startReplica('c')];
  const port = await freePort();
  const config = path.join(graph.dataDir, 'haproxy.cfg');
  writeFileSync(config, haproxyConfig(port, replicas));
  balancer = spawn(HAPROXY, ['-f', config, '-db'], { stdio: ['ignore', 'inherit', 'inherit'] });
  frontend = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(frontend.replace('/graphql', '/ready'))).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('HAProxy did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}, 180_000);
afterAll(async () => {
  balancer?.kill('SIGTERM');
  await graph?.dispose();
});

const load = (scenario: () => Promise<void>) =>
  underLoad({ url: frontend, query: '{ region(code: "03") { code name { text } } }' }, scenario);

describe.skipIf(!haproxyHere)('gateway replicas behind HAProxy', () => {
  it('a replica killed mid-load: the balancer routes around it, and no client request fails', async () => {
    const victim = gatewayPorts[1]!;
    const run = await load(async () => {
      await pause(1500);
      process.kill(await pidOf(victim), 'SIGKILL');
      await pause(2000);
    });
    console.log(`[load balancer] ${describeRun('replica killed', run)}`);
    // Every answer whole: none failed, none partial.
    expect(run.failed).toBe(0);
    expect(run.tally.partial).toBe(0);
    expect(run.tally.whole).toBeGreaterThan(100);
  }, 60_000);

  it('a replica stopped with SIGTERM: unready first, drained, no client request fails', async () => {
    const victim = gatewayPorts[2]!;
    const run = await load(async () => {
      await pause(1000);
      process.kill(await pidOf(victim), 'SIGTERM');
      await pause(3000);
    });
    console.log(`[load balancer] ${describeRun('replica stopped', run)}`);
    // Every answer whole: none failed, none partial.
    expect(run.failed).toBe(0);
    expect(run.tally.partial).toBe(0);
  }, 60_000);
});
