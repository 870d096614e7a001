/**
 * Network faults between hosts: a gateway and the territories subgraph on hosts of their own
 * (network namespaces joined by veth pairs), the clients on a third (the test's). A partition (the
 * link between gateway and subgraph taken down), then latency and loss through a fault-injecting
 * TCP proxy between them. No client request fails; answers come within the subgraph's timeout,
 * partial while the partner cannot be reached, whole again once it can. Skipped, saying so, where
 * the machine refuses `ip netns`; everything created is removed.
 */
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../faultProxy.js';
import { describeRun, pause, underLoad, type LoadRun } from '../load.js';
import { createNetwork, netnsAvailable, type Network } from '../netns.js';

if (!netnsAvailable) {
  if (process.env['CI'] === 'true')
    throw new Error('ip netns is refused on this machine, and CI=true requires it');
  console.warn('[network e2e] skipped: this machine refuses ip netns (root and iproute2 are needed)');
}

const root = path.resolve(import.meta.dirname, '../..');
const TIMEOUT_MS = 1500;
const SUBGRAPH_PORT = 4601;
const GATEWAY_PORT = 4600;
const PROXIED_GATEWAY_PORT = 4610;
const QUERY = '{ region(code: "03") { code name { text } } }';

let network: Network | undefined;
let proxy: FaultProxy;
let dataDir: string;
const children: ChildProcess[] = [];
let partition: { down(): void; up(): void };
let direct: string;
let proxied: string;

async function ready(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${url} was not ready within a minute`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function start(host: string, script: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = network!.spawn(
    host,
    process.execPath,
    ['--import', 'tsx', path.join(root, script), ...args],
    {
      cwd: root,
      env: {
        ...process.env,
        APOLLO_TELEMETRY_DISABLED: 'true',
        LOG_LEVEL: 'warn',
        INTEGRA_HOST: '0.0.0.0',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  children.push(child);
  return child;
}

beforeAll(async () => {
  if (!netnsAvailable) return;
  const id = String(process.pid % 10_000);
  const octet = (process.pid % 250) + 1;
  network = createNetwork(['gw', 'sg'], id);
  const clients = network.link('root', 'gw', `10.201.${octet}`);
  const between = network.link('gw', 'sg', `10.202.${octet}`);
  const rootToSubgraph = network.link('root', 'sg', `10.203.${octet}`);
  partition = between;
  dataDir = mkdtempSync(path.join(tmpdir(), 'integra-netns-'));

  const subgraph = start('sg', 'subgraphs/territories/src/main.ts', [], {
    TERRITORIES_PORT: String(SUBGRAPH_PORT),
    TERRITORIES_SQLITE_FILE: path.join(dataDir, 'territories.sqlite'),
  });
  await ready(`http://${rootToSubgraph.address['sg']}:${SUBGRAPH_PORT}/ready`, subgraph);
  // The proxy runs on the clients' host, between the gateway's link and the subgraph's.
  proxy = await startFaultProxy({
    listen: { host: clients.address['root']! },
    target: { host: rootToSubgraph.address['sg']!, port: SUBGRAPH_PORT },
  });
  const gatewayEnv = {
    SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
    GATEWAY_BREAKER_MIN_FETCHES: '10',
    GATEWAY_BREAKER_WINDOW_MS: '2000',
    GATEWAY_BREAKER_HALF_OPEN_AFTER_MS: '500',
    GATEWAY_RESPONSE_CACHE: 'false',
    GATEWAY_DEDUP: 'false',
  };
  const gateways = [
    [GATEWAY_PORT, `http://${between.address['sg']}:${SUBGRAPH_PORT}/graphql`],
    [PROXIED_GATEWAY_PORT, `http://${clients.address['root']}:${proxy.port}/graphql`],
  ] as const;
  const urls: string[] = [];
  for (const [port, subgraphUrl] of gateways) {
    const child = start('gw', 'gateway/src/main.ts', ['--port', String(port)], {
      ...gatewayEnv,
      TERRITORIES_URL: subgraphUrl,
    });
    const origin = `http://${clients.address['gw']}:${port}`;
    await ready(`${origin}/ready`, child);
    urls.push(`${origin}/graphql`);
  }
  [direct, proxied] = urls as [string, string];
}, 180_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await proxy?.close();
  network?.remove();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const load = (url: string, scenario: Parameters<typeof underLoad>[1]) =>
  underLoad({ url, query: QUERY }, scenario);
const report = (what: string, run: LoadRun) => console.log(`[network] ${describeRun(what, run)}`);

describe.skipIf(!netnsAvailable)('network faults between the gateway and a subgraph', () => {
  it('a partition: partial data within the timeout while the link is down, whole answers once it is back', async () => {
    const run = await load(direct, async (tally) => {
      await pause(1000);
      partition.down();
      await pause(3000);
      partition.up();
      const before = tally.whole;
      await pause(3000);
      expect(tally.whole).toBeGreaterThan(before);
    });
    report('partition', run);
    expect(run.failed).toBe(0);
    expect(run.tally.partial).toBeGreaterThan(0);
    expect([...run.tally.reasons].every((r) => ['timeout', 'unreachable', 'circuit_open'].includes(r))).toBe(
      true,
    );
    expect(run.result.latency.max).toBeLessThan(TIMEOUT_MS + 1000);
  }, 60_000);

  it('latency under the timeout: slower whole answers; over it: partial data, never slower than the timeout', async () => {
    proxy.faults.delayMs = 100;
    const slow = await load(proxied, () => pause(2000));
    report('100 ms each way', slow);
    expect(slow.failed).toBe(0);
    expect(slow.tally.partial).toBe(0);
    expect(slow.result.latency.p50).toBeGreaterThanOrEqual(200);
    proxy.faults.delayMs = 2000;
    const tooSlow = await load(proxied, () => pause(4000));
    proxy.faults.delayMs = 0;
    report('2 s each way', tooSlow);
    expect(tooSlow.failed).toBe(0);
    expect(tooSlow.tally.reasons.has('timeout')).toBe(true);
    expect(tooSlow.result.latency.max).toBeLessThan(TIMEOUT_MS + 1000);
  }, 60_000);

  it('loss: connections refused and cut mid-answer at random, retried by the gateway; no client request fails', async () => {
    proxy.faults.dropPercent = 20;
    proxy.faults.resetPercent = 10;
    const run = await load(proxied, () => pause(3000));
    proxy.faults.dropPercent = 0;
    proxy.faults.resetPercent = 0;
    report(
      `loss (${proxy.counts.dropped} of ${proxy.counts.accepted} connections refused, ${proxy.counts.reset} cut)`,
      run,
    );
    expect(run.failed).toBe(0);
    expect(run.tally.whole).toBeGreaterThan(0);
    expect(proxy.counts.dropped + proxy.counts.reset).toBeGreaterThan(0);
  }, 60_000);
});
