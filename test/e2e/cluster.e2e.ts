/**
 * Cluster mode as an operator runs it: `GATEWAY_WORKERS=2 node --import tsx gateway/src/main.ts`
 * over the committed supergraph and the real subgraphs. Both workers serve the one port, a killed
 * worker is replaced while the other keeps answering, SIGTERM stops everything with exit code 0,
 * and workers that cannot start make the primary give up with exit code 1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs, supergraphPath } from '../../schema/subgraphs.js';
import { freePort } from '../../scripts/graph.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface LogLine {
  readonly msg?: string;
  readonly pid?: number;
  readonly level?: number;
  readonly [key: string]: unknown;
}

interface ClusterGateway {
  readonly child: ChildProcess;
  readonly origin: string;
  /** The primary's and the workers' log lines so far (they share the primary's stdout). */
  readonly lines: LogLine[];
  /** Pids of the workers the primary says it started, oldest first. */
  startedWorkers(): number[];
  /** Resolves with the primary's exit. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first log line matching, or rejects after `timeoutMs`. */
  waitForLine(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

const running: ClusterGateway[] = [];

function spawnCluster(
  port: number,
  env: Record<string, string>,
  supergraph = supergraphPath,
): ClusterGateway {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'gateway/src/main.ts', '--port', String(port), '--supergraph', supergraph],
    {
      cwd: root,
      env: {
        ...process.env,
        APOLLO_TELEMETRY_DISABLED: 'true',
        LOG_LEVEL: 'info',
        GATEWAY_WORKERS: '2',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: LogLine[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const part of parts) {
      if (process.env['E2E_VERBOSE']) process.stdout.write(`[cluster] ${part}\n`);
      try {
        lines.push(JSON.parse(part) as LogLine);
      } catch {
        lines.push({ msg: part });
      }
    }
    for (const waiter of waiters) waiter();
  });
  child.stderr?.on('data', (chunk: Buffer) => process.env['E2E_VERBOSE'] && process.stderr.write(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const gateway: ClusterGateway = {
    child,
    origin: `http://127.0.0.1:${port}`,
    lines,
    exited,
    startedWorkers: () => lines.filter((l) => l.msg === 'worker started').map((l) => l.pid as number),
    waitForLine: (match, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.find(match);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `no matching log line within ${timeoutMs} ms; got:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
  };
  running.push(gateway);
  return gateway;
}

/** One request on a connection of its own, so the primary hands it to the next worker. */
function request(url: string, body?: string): Promise<{ status: number; json: Record<string, any> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: body ? 'POST' : 'GET',
        agent: false,
        headers: body ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Record<string, any> });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(text));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The pids that answer `count` consecutive /health requests, sorted. The primary hands connections
 * to the workers in turn, so requests must not interleave with others here: a health check between
 * every query would always land on the same worker.
 */
async function healthPids(gateway: ClusterGateway, count: number): Promise<number[]> {
  const pids = new Set<number>();
  for (let i = 0; i < count; i++) {
    const { status, json } = await request(`${gateway.origin}/health`);
    expect(status).toBe(200);
    // Each worker names the primary, which is what a supervisor (or npm start) started.
    expect(json['primaryPid']).toBe(gateway.child.pid);
    pids.add(json['pid'] as number);
  }
  return [...pids].sort();
}

/** A query that needs two subgraphs, and its answer. */
const regionQuery = JSON.stringify({
  query: '{ region(code: "03") { name { text } pilotActions(first: 1) { totalCount } } }',
});
async function expectAnswered(gateway: ClusterGateway): Promise<void> {
  const { status, json } = await request(`${gateway.origin}/graphql`, regionQuery);
  expect(status).toBe(200);
  expect(json['errors']).toBeUndefined();
  expect(json['data']?.region?.name?.text).toBe('Lombardia');
  expect(json['data']?.region?.pilotActions?.totalCount).toBeGreaterThan(0);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a cluster gateway and waits until both workers answer /health (retrying on a taken port). */
async function startReadyCluster(env: Record<string, string>): Promise<ClusterGateway> {
  for (let attempt = 1; ; attempt++) {
    const gateway = spawnCluster(await freePort(), env);
    try {
      // The primary's line, once every worker listens (each worker also says "gateway listening on").
      await gateway.waitForLine(
        (l) => typeof l.msg === 'string' && /^gateway listening on .* with 2 workers$/.test(l.msg),
        90_000,
      );
      return gateway;
    } catch (error) {
      gateway.child.kill('SIGKILL');
      if (attempt >= 3) throw error;
    }
  }
}

let graph: E2EGraph;
beforeAll(async () => {
  graph = await startE2EGraph();
});
afterAll(async () => {
  for (const gateway of running) {
    if (gateway.child.exitCode === null && gateway.child.signalCode === null) {
      for (const pid of gateway.startedWorkers()) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
      gateway.child.kill('SIGKILL');
      await gateway.exited;
    }
  }
  await graph?.dispose();
});

describe('GATEWAY_WORKERS=2', () => {
  let gateway: ClusterGateway;
  beforeAll(async () => {
    const urls = Object.fromEntries(
      subgraphs.map((s) => [`${s.envPrefix}_URL`, graph.subgraphs.find((r) => r.name === s.name)!.url]),
    );
    gateway = await startReadyCluster(urls);
  });

  it('serves the port from both workers, never from the primary', async () => {
    const workers = gateway.startedWorkers();
    expect(workers).toHaveLength(2);
    expect(workers).not.toContain(gateway.child.pid);
    expect(await healthPids(gateway, 10)).toEqual([...workers].sort());
    for (let i = 0; i < 10; i++) await expectAnswered(gateway);
  });

  it('replaces a killed worker, and the other keeps answering meanwhile', async () => {
    const [victim, survivor] = gateway.startedWorkers();
    process.kill(victim!, 'SIGKILL');
    await gateway.waitForLine(
      (l) => l.msg === 'worker exited unexpectedly: replacing it' && l.pid === victim,
    );

    // Until the replacement serves, every request goes to the survivor and is answered.
    const deadline = Date.now() + 30_000;
    let replacement: number | undefined;
    while (replacement === undefined && Date.now() < deadline) {
      await expectAnswered(gateway);
      const pids = await healthPids(gateway, 2);
      expect(pids).not.toContain(victim);
      replacement = pids.find((pid) => pid !== survivor);
    }
    expect(replacement).toBeDefined();
    expect(gateway.startedWorkers()).toEqual([victim, survivor, replacement]);
    expect(isAlive(victim!)).toBe(false);

    expect(await healthPids(gateway, 10)).toEqual([survivor, replacement].sort());
    for (let i = 0; i < 10; i++) await expectAnswered(gateway);
  });

  it('stops every worker and exits with code 0 on SIGTERM', async () => {
    const workers = gateway.startedWorkers().filter(isAlive);
    expect(workers).toHaveLength(2);
    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    for (const pid of workers) expect(isAlive(pid)).toBe(false);
    expect(
      gateway.lines
        .filter((l) => l.msg === 'gateway stopped')
        .map((l) => l.pid)
        .sort(),
    ).toEqual(workers.sort());
    expect(gateway.lines.some((l) => l.msg === 'gateway cluster stopped' && l['code'] === 0)).toBe(true);
  });
});

describe('workers that keep crashing', () => {
  it('make the primary give up loudly and exit with code 1', async () => {
    const gateway = spawnCluster(await freePort(), {}, path.join(root, 'no/such/supergraph.graphql'));
    expect(await gateway.exited).toEqual({ code: 1, signal: null });
    const giveUp = gateway.lines.find(
      (l) => typeof l.msg === 'string' && l.msg.includes('CRASHING IN A LOOP'),
    );
    expect(giveUp?.level).toBe(60); // fatal
    expect(
      gateway.lines.filter((l) => l.msg === 'worker exited unexpectedly: replacing it').length,
    ).toBeGreaterThanOrEqual(2);
    for (const pid of gateway.startedWorkers()) expect(isAlive(pid)).toBe(false);
  });
});
