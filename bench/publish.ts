/**
 * `npm run bench:publish`: what clients see while a partner publishes. Starts a workload's graph
 * (the domain one by default, as bench/workloads/domain.ts does; `BENCH_PUBLISH_WORKLOAD=standard`
 * for the other), a stand-in registry serving its supergraph (`gateway/src/testing/registryStandIn.ts`:
 * `GET /api/supergraph` and nothing else) and our gateway following it, in production mode with its
 * defaults (trusted documents allow-listed; polling every 100 ms), once with GATEWAY_WARM_PLANS=true
 * and once with false. Each round puts the gateway under steady load (autocannon; registered
 * operations sent as the typed client sends them, by hash: the workload's, then every registered
 * query that answers anonymously), publishes a changed supergraph (a new description on `Query`),
 * and reads from the gateway's log when it took it and how long the swap took. Reported: the
 * steady p50, and the p99 and max latency of the answers between the publish and the swap and in
 * the first second after the swap. Prints the tables and writes bench/results/publish-latest.{json,md}.
 * Options: BENCH_PUBLISH_WORKLOAD (domain), BENCH_PUBLISH_MIX (both, workload, registered),
 * BENCH_PUBLISH_ROUNDS (3), BENCH_PUBLISH_CONNECTIONS (10), BENCH_PUBLISH_STEADY_S (5).
 * `measurePublish` is the measurement, for the main benchmark.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { gatewayNodeFlags } from '../gateway/src/heap.js';
import { startRegistryStandIn, type RegistryStandIn } from '../gateway/src/testing/registryStandIn.js';
import { subgraphs } from '../schema/subgraphs.js';
import { freePort } from '../scripts/graph.js';
import { REQUEST_HEADERS, postJson } from './http.js';
import { createThrowawayKeys, type ThrowawayKeys } from './keys.js';
import { quantile } from './load.js';
import { machineInfo } from './machine.js';
import { root, spawnNode, type NodeProcess } from './process.js';
import { startDomainWorkload } from './workloads/domain.js';
import { startStandardWorkload } from './workloads/standard.js';
import type { RunningWorkload } from './workloads/types.js';
import { mixSection, publishTables } from './publishReport.js';

export interface PublishOptions {
  /** The graph to publish over (its supergraph and operations). */
  readonly workload: RunningWorkload;
  readonly keys: ThrowawayKeys;
  /** Publishes per setting. @default 3 */
  readonly rounds?: number;
  /** autocannon's concurrent connections. @default 10 */
  readonly connections?: number;
  /** Unrecorded load before each round's steady window, in seconds. @default 2 */
  readonly warmupS?: number;
  /** The steady window before the publish, in seconds. @default 5 */
  readonly steadyS?: number;
  /**
   * What the load sends, each connection taking the operations in turn: the workload's operations,
   * or every registered query that answers anonymously without variables. @default 'workload'
   */
  readonly mix?: 'workload' | 'registered';
  /** Extra environment for the gateway. @default none */
  readonly env?: Readonly<Record<string, string>>;
  readonly log?: (line: string) => void;
}

/** Latencies of the answers received in one window. */
export interface Window {
  readonly answers: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export interface PublishRound {
  readonly setting: string;
  readonly round: number;
  readonly steady: Window;
  /** From the publish to the gateway's log line saying it took the new supergraph. */
  readonly publishToSwapMs: number;
  /** How long the synchronous swap took (`update`), as the gateway logged it: every request waits meanwhile. */
  readonly swapMs: number;
  /** Answered between the publish and the swap (the served supergraph, while the new one is fetched and planned). */
  readonly beforeSwap: Window;
  /** Answered in the first second after the swap. */
  readonly afterSwap: Window;
  /** Connection errors, timeouts, non-2xx and answers with errors, over the whole round. */
  readonly failed: number;
}

export interface PublishResult {
  readonly settings: readonly { readonly name: string; readonly env: Readonly<Record<string, string>> }[];
  readonly rounds: readonly PublishRound[];
  /** The gateway's own account of each warming (`query plans warmed ...` log lines), by setting. */
  readonly warmLogs: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  readonly operations: readonly string[];
  readonly mix: 'workload' | 'registered';
  readonly connections: number;
}

const SETTINGS = [
  { name: 'warm plans on', env: { GATEWAY_WARM_PLANS: 'true' } },
  { name: 'warm plans off', env: { GATEWAY_WARM_PLANS: 'false' } },
] as const;

/** How long a round waits for the gateway to take the published supergraph. */
const SWAP_TIMEOUT_S = 20;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const now = () => performance.timeOrigin + performance.now();

function windowOf(answers: readonly { at: number; ms: number }[], from: number, to: number): Window {
  const latencies = Float64Array.from(answers.filter((a) => a.at >= from && a.at < to).map((a) => a.ms));
  return {
    answers: latencies.length,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    maxMs: latencies.length > 0 ? latencies.reduce((max, ms) => Math.max(max, ms), 0) : Number.NaN,
  };
}

/** The supergraph with a description on `Query` naming the change: a new supergraph, as a partner's publish makes. */
function changed(sdl: string, change: number): string {
  if (!/\n\ntype Query\b/.test(sdl))
    throw new Error('the supergraph has no undescribed `type Query` to describe');
  return sdl.replace(/\n\ntype Query\b/, `\n\n"""Changed by bench:publish (${change})."""\ntype Query`);
}

/** The registered operations' manifest, with the workload's operations the typed client's does not hold. */
function manifestWith(
  workload: RunningWorkload,
  file: string,
): { workload: Request[]; manifest: Readonly<Record<string, string>> } {
  const committed = JSON.parse(
    readFileSync(path.join(root, 'clients/__generated__/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const manifest = { ...committed };
  const requests = workload.operations.map((operation) => {
    const { query, operationName, variables } = JSON.parse(operation.body) as {
      query: string;
      operationName?: string;
      variables?: unknown;
    };
    const name = operationName ?? operation.name;
    // The typed client's text when it registers this operation, else the workload's own.
    const text =
      Object.values(committed).find((t) => new RegExp(`^(query|mutation) ${name}\\b`, 'm').test(t)) ?? query;
    manifest[sha256(text)] = text;
    return byHash(name, text, variables);
  });
  writeFileSync(file, JSON.stringify(manifest));
  return { workload: requests, manifest };
}

interface Request {
  readonly name: string;
  readonly body: string;
}

/** A registered operation as the typed client sends it: its hash and name, no text. */
function byHash(name: string, text: string, variables?: unknown): Request {
  const persistedQuery = { version: 1, sha256Hash: sha256(text) };
  return { name, body: JSON.stringify({ operationName: name, variables, extensions: { persistedQuery } }) };
}

/** Every registered query that answers an anonymous caller without variables (defaults only): a portal's traffic. */
async function anonymousQueries(manifest: Readonly<Record<string, string>>, url: string): Promise<Request[]> {
  const answering: Request[] = [];
  for (const text of Object.values(manifest)) {
    const name = /^query (\w+)/m.exec(text)?.[1];
    if (!name) continue;
    const request = byHash(name, text);
    const answer = await postJson(url, request.body);
    if (answer.status === 200 && answer.text.startsWith('{"data"') && !answer.text.includes('"errors"'))
      answering.push(request);
  }
  return answering;
}

/** Resolves when `GET /ready` answers 200 (an allow-listed gateway refuses `waitForGraphQL`'s unregistered query). */
async function waitForReady(proc: NodeProcess, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null)
      throw new Error(`${proc.name} exited with code ${proc.child.exitCode}:\n${proc.output()}`);
    if (
      await fetch(url).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${proc.name} was not ready at ${url} within ${timeoutMs} ms:\n${proc.output()}`);
}

interface FollowingGateway {
  readonly url: string;
  readonly process: NodeProcess;
  readonly registry: RegistryStandIn;
  /** The gateway's `supergraph updated from the registry` line for `version`: when (epoch ms), and how long the swap took. */
  swapOf(version: number): { readonly at: number; readonly swapMs: number } | undefined;
  readonly warmLogs: Record<string, unknown>[];
}

async function startFollowingGateway(
  options: PublishOptions,
  manifestPath: string,
  env: Readonly<Record<string, string>>,
  supergraphSdl: string,
): Promise<FollowingGateway> {
  const registry = await startRegistryStandIn();
  registry.publish(supergraphSdl);
  const port = await freePort();
  const proc = spawnNode(
    'ours',
    [...gatewayNodeFlags({ ...process.env, ...env }), '--import', 'tsx', 'gateway/src/main.ts'],
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      GATEWAY_PORT: String(port),
      GATEWAY_REGISTRY_URL: registry.url,
      GATEWAY_REGISTRY_POLL_MS: '100',
      GATEWAY_JWKS_FILE: options.keys.identityProviderJwksFile,
      GATEWAY_ASSERTION_KEY_FILE: options.keys.assertionKeyFile,
      GATEWAY_TRUSTED_DOCUMENTS_FILE: manifestPath,
      // As bench/gateways/ours.ts: the gateway, not its data caches or rate limits.
      GATEWAY_RESPONSE_CACHE: 'false',
      GATEWAY_ENTITY_CACHE: 'false',
      GATEWAY_RATE_LIMITS: 'false',
      SUPERGRAPH_PATH: '',
      REDIS_URL: '',
      ...Object.fromEntries(subgraphs.map((s) => [`${s.envPrefix}_URL`, ''])),
      ...options.env,
      ...env,
    },
  );
  const swaps = new Map<number, { at: number; swapMs: number }>();
  const warmLogs: Record<string, unknown>[] = [];
  let partial = '';
  proc.child.stdout?.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('supergraph updated from the registry') && !line.includes('query plans warmed'))
        continue;
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (entry['msg'] === 'supergraph updated from the registry')
        swaps.set(Number(entry['to']), { at: Number(entry['time']), swapMs: Number(entry['swapMs']) });
      else warmLogs.push(entry);
    }
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitForReady(proc, `http://127.0.0.1:${port}/ready`);
  } catch (error) {
    await Promise.all([proc.stop(), registry.close()]);
    throw error;
  }
  return { url, process: proc, registry, swapOf: (version) => swaps.get(version), warmLogs };
}

/** One round: load, publish after the steady window, keep the load on until a second after the swap. */
async function round(
  gateway: FollowingGateway,
  requests: readonly { body: string }[],
  sdl: string,
  settings: { setting: string; round: number; connections: number; warmupS: number; steadyS: number },
): Promise<PublishRound> {
  const answers: { at: number; ms: number }[] = [];
  let failed = 0;
  const started = now();
  let finished: (result: autocannon.Result) => void = () => {};
  let failedRun: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failedRun = reject;
  });
  const run = autocannon(
    {
      url: new URL(gateway.url).origin,
      connections: settings.connections,
      // Stopped a second after the swap (below); this bounds a swap that never comes.
      duration: settings.warmupS + settings.steadyS + SWAP_TIMEOUT_S + 2,
      requests: requests.map(({ body }) => ({
        method: 'POST' as const,
        path: new URL(gateway.url).pathname,
        headers: { ...REQUEST_HEADERS },
        body,
        onResponse: (status: number, text: string) => {
          // Non-2xx answers are counted by autocannon; a 2xx one must hold data and no error.
          if (status >= 200 && status < 300 && (!text.startsWith('{"data"') || text.includes('"errors"')))
            failed++;
        },
      })),
    },
    (error: unknown, result: autocannon.Result) => {
      if (error) failedRun(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
      else finished(result);
    },
  );
  run.on('response', (_client, _status, _bytes, responseTime) =>
    answers.push({ at: now(), ms: responseTime }),
  );
  const steadyFrom = started + settings.warmupS * 1000;
  await new Promise((resolve) => setTimeout(resolve, (settings.warmupS + settings.steadyS) * 1000));
  const publishedAt = now();
  const version = gateway.registry.publish(sdl);
  let swap = gateway.swapOf(version);
  while (swap === undefined && now() < publishedAt + SWAP_TIMEOUT_S * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    swap = gateway.swapOf(version);
  }
  if (swap) await new Promise((resolve) => setTimeout(resolve, swap.at + 1200 - now()));
  run.stop();
  const result = await done;
  failed += result.errors + result.non2xx;
  if (swap === undefined)
    throw new Error(
      `the gateway did not take version ${version} within ${SWAP_TIMEOUT_S} s:\n${gateway.process.output()}`,
    );
  const swappedAt = swap.at;
  return {
    setting: settings.setting,
    round: settings.round,
    steady: windowOf(answers, steadyFrom, publishedAt),
    publishToSwapMs: swappedAt - publishedAt,
    swapMs: swap.swapMs,
    beforeSwap: windowOf(answers, publishedAt, swappedAt),
    afterSwap: windowOf(answers, swappedAt, swappedAt + 1000),
    failed,
  };
}

/** Measures each setting's rounds, interleaved (on, off, off, on, ...) over gateways started once. */
export async function measurePublish(options: PublishOptions): Promise<PublishResult> {
  const log = options.log ?? (() => {});
  const rounds = options.rounds ?? 3;
  const connections = options.connections ?? 10;
  const dir = mkdtempSync(path.join(tmpdir(), 'integra-bench-publish-'));
  const gateways: FollowingGateway[] = [];
  try {
    const manifestPath = path.join(dir, 'manifest.json');
    const registered = manifestWith(options.workload, manifestPath);
    const base = readFileSync(options.workload.supergraphPath, 'utf8');
    for (const setting of SETTINGS) {
      gateways.push(await startFollowingGateway(options, manifestPath, setting.env, base));
      log(`[${setting.name}] gateway up (pid ${gateways.at(-1)?.process.pid})`);
    }
    const requests =
      options.mix === 'registered'
        ? await anonymousQueries(registered.manifest, gateways[0]!.url)
        : registered.workload;
    if (requests.length === 0) throw new Error('no operation to send');
    for (const [i, gateway] of gateways.entries()) {
      for (const request of requests) {
        const answer = await postJson(gateway.url, request.body);
        if (answer.status !== 200 || !answer.text.startsWith('{"data"') || answer.text.includes('"errors"'))
          throw new Error(
            `${SETTINGS[i]?.name}: ${request.name} answered ${answer.status} ${answer.text.slice(0, 300)}`,
          );
      }
    }
    const measured: PublishRound[] = [];
    for (let r = 1; r <= rounds; r++) {
      const order = r % 2 === 1 ? [0, 1] : [1, 0];
      for (const i of order) {
        const setting = SETTINGS[i]!;
        const result = await round(gateways[i]!, requests, changed(base, r), {
          setting: setting.name,
          round: r,
          connections,
          warmupS: options.warmupS ?? 2,
          steadyS: options.steadyS ?? 5,
        });
        measured.push(result);
        log(
          `[${setting.name}] round ${r}: steady p50 ${result.steady.p50Ms.toFixed(1)} ms; swap (${result.swapMs} ms) ${result.publishToSwapMs.toFixed(0)} ms after the publish; first second after it p99 ${result.afterSwap.p99Ms.toFixed(1)} ms, max ${result.afterSwap.maxMs.toFixed(1)} ms`,
        );
      }
    }
    return {
      settings: SETTINGS,
      rounds: measured,
      warmLogs: Object.fromEntries(SETTINGS.map((s, i) => [s.name, gateways[i]?.warmLogs ?? []])),
      operations: requests.map((r) => r.name),
      mix: options.mix ?? 'workload',
      connections,
    };
  } finally {
    await Promise.all(gateways.flatMap((g) => [g.process.stop(), g.registry.close()]));
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
  const started = performance.now();
  const log = (text: string) =>
    console.log(`${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${text}`);
  const integer = (name: string, fallback: number, max: number) => {
    const raw = process.env[name]?.trim();
    if (!raw) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
      throw new Error(`${name} must be an integer from 1 to ${max}, got "${raw}"`);
    return Number(raw);
  };
  const choice = <T extends string>(name: string, allowed: readonly T[]): T => {
    const raw = process.env[name]?.trim() || allowed[0];
    if (!allowed.includes(raw as T))
      throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
    return raw as T;
  };
  const workloadName = choice('BENCH_PUBLISH_WORKLOAD', ['domain', 'standard'] as const);
  const mixes = choice('BENCH_PUBLISH_MIX', ['both', 'workload', 'registered'] as const);
  const options = {
    rounds: integer('BENCH_PUBLISH_ROUNDS', 3, 100),
    connections: integer('BENCH_PUBLISH_CONNECTIONS', 10, 1000),
    steadyS: integer('BENCH_PUBLISH_STEADY_S', 5, 3600),
  };
  const machine = machineInfo();
  log(`${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}; ${workloadName} workload`);
  const keys = await createThrowawayKeys();
  const results: PublishResult[] = [];
  try {
    log(`starting the ${workloadName} workload's subgraphs`);
    const workload =
      workloadName === 'domain' ? await startDomainWorkload(keys) : await startStandardWorkload();
    try {
      for (const mix of mixes === 'both' ? (['workload', 'registered'] as const) : [mixes]) {
        log(
          `load: ${mix === 'workload' ? "the workload's operations" : 'every registered query answering anonymously'}`,
        );
        results.push(await measurePublish({ workload, keys, log, mix, ...options }));
      }
    } finally {
      await workload.dispose();
    }
  } finally {
    keys.dispose();
  }
  const date = new Date().toISOString();
  const notes = [
    `Workload: ${workloadName}. Operations are sent by sha256 hash with their name, as the typed client sends them.`,
    "Our gateway (gateway/src/main.ts under tsx), NODE_ENV=production with throwaway keys, trusted documents allow-listed (the typed client's manifest, and the workload's operations it lacks), response and entity caches off, rate limits off, LOG_LEVEL=info, following a stand-in registry (GET /api/supergraph only) every 100 ms. The two gateways (warm plans on, off) run throughout; their rounds alternate.",
    `Each round: 2 s of unrecorded load, ${options.steadyS} s steady (its p50 and p99), then a changed supergraph published (a new description on Query) while the load goes on. The swap is the time of the gateway's log line saying it took the version; "before swap" is every answer received from the publish to the swap, "first s after swap" every answer received in the second after it. "swap" is the time \`update\` took, as the gateway logged it (swapMs): requests wait meanwhile.`,
    'Either way the gateway builds the new supergraph (fetched) before swapping to it, in steps with pauses between them; with warm plans on it then plans every registered operation on it, pausing between operations; with them off, each operation is planned by its first request after the swap. "p99 / steady p99" is what the swap adds to the tail of the steady load.',
  ];
  const markdown = [
    `# Latency around a publish, ${date}`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}; load average at start ${machine.loadAverageAtStart.join(', ')}.`,
    '',
    ...results.map(mixSection),
    '## Notes',
    '',
    ...notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  for (const result of results) console.log(`\n${publishTables(result)}\n`);
  const dir = path.join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'publish-latest.md'), markdown);
  writeFileSync(
    path.join(dir, 'publish-latest.json'),
    `${JSON.stringify({ date, machine, workload: workloadName, options, results, notes }, null, 2)}\n`,
  );
  log('wrote bench/results/publish-latest.md and .json');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
