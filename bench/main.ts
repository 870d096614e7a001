/**
 * `npm run bench`: our gateway against vanilla Apollo Gateway + Apollo Server and the Hive Gateway,
 * each a single process over the same subgraphs, under autocannon on loopback, and (standard
 * workload) variants of ours with one setting changed (gateways/variants.ts). For each workload
 * (`standard`, `domain`): start the subgraphs, start the three gateways, verify that their answers
 * are correct and identical, measure in interleaved rounds, stop everything. Then print the table
 * and write `bench/results/`. Options: BENCH_DURATION_S, BENCH_ROUNDS, BENCH_CONNECTIONS,
 * BENCH_WARMUP_S, BENCH_WORKLOADS, BENCH_VARIANTS, BENCH_OURS_ENV, BENCH_REDIS_URL (see options.ts).
 */
import os from 'node:os';
import { freePort } from '../scripts/graph.js';
import { gateways } from './gateways/index.js';
import { stopGateway, type RunningGateway } from './gateways/types.js';
import { OURS_VARIANTS, redisReachable, redisUrl, startVariant } from './gateways/variants.js';
import { createThrowawayKeys, type ThrowawayKeys } from './keys.js';
import { machineInfo } from './machine.js';
import { readOptions, type BenchOptions } from './options.js';
import { readMemory } from './process.js';
import { ratiosOf, type BenchReport, type Measurement, type WorkloadInfo } from './model.js';
import { ratiosTable, resultsTable, writeResults } from './report.js';
import { measureWorkload } from './rounds.js';
import { upstreamPerRequest, verifyAnswers } from './verify.js';
import { startDomainWorkload } from './workloads/domain.js';
import { startStandardWorkload } from './workloads/standard.js';
import type { RunningWorkload, WorkloadName } from './workloads/types.js';

process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
const started = performance.now();
const log = (line: string) =>
  console.log(`${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${line}`);

function startWorkload(name: WorkloadName, keys: ThrowawayKeys): Promise<RunningWorkload> {
  return name === 'standard' ? startStandardWorkload() : startDomainWorkload(keys);
}

async function runWorkload(
  name: WorkloadName,
  keys: ThrowawayKeys,
  options: BenchOptions,
): Promise<{ info: WorkloadInfo; measurements: Measurement[] }> {
  log(`[${name}] starting the subgraphs`);
  const workload = await startWorkload(name, keys);
  const running: RunningGateway[] = [];
  try {
    for (const kind of gateways) {
      const env = kind.name === 'ours' ? options.oursEnv : {};
      running.push(
        await kind.start({ supergraphPath: workload.supergraphPath, port: await freePort(), keys, env }),
      );
      log(`[${name}] ${kind.name} gateway up (pid ${running.at(-1)?.process.pid})`);
    }
    for (const variant of name === 'standard' ? variants : []) {
      running.push(
        await startVariant(variant, {
          supergraphPath: workload.supergraphPath,
          port: await freePort(),
          keys,
          env: options.oursEnv,
          redisUrl: redis.url,
        }),
      );
      log(`[${name}] ${variant.name} up (${variant.description})`);
    }
    const verified = await verifyAnswers(running, workload.operations);
    for (const [operation, answers] of verified) {
      log(
        `[${name}] ${operation}: the ${answers.size} gateways answer correctly and identically (${[...answers.values()].map((a) => a.bytes).join('/')} bytes)`,
      );
    }
    const upstream = await upstreamPerRequest(running, workload.operations, workload.upstream.count);
    for (const [operation, counts] of Object.entries(upstream)) {
      log(
        `[${name}] ${operation}: ${workload.upstream.unit} per request: ${Object.entries(counts)
          .map(([g, n]) => `${g} ${n}`)
          .join(', ')}`,
      );
    }
    const measurements = await measureWorkload(workload, running, verified, options, log);
    const peakRssMiB = Object.fromEntries(
      running.map((g) => [g.name, (readMemory(g.process.pid)?.peakKiB ?? Number.NaN) / 1024]),
    );
    return {
      info: {
        name,
        title: workload.title,
        notes: workload.notes,
        peakRssMiB,
        upstreamPerRequest: { unit: workload.upstream.unit, byOperation: upstream },
      },
      measurements,
    };
  } catch (error) {
    for (const g of running) console.error(`--- ${g.name}'s last output:\n${g.process.output()}`);
    throw error;
  } finally {
    await Promise.all(running.map(stopGateway));
    await workload.dispose();
  }
}

const options = readOptions();
const machine = machineInfo();
log(
  `${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}; load average ${machine.loadAverageAtStart.join(' / ')}; ` +
    `${options.rounds} rounds x ${options.durationS} s, ${options.connections} connections, workloads ${options.workloads.join(', ')}`,
);
const redis = { url: redisUrl(), reachable: await redisReachable(redisUrl()) };
const variants = OURS_VARIANTS.filter(
  (v) => options.variants.includes(v.name) && (!v.redis || redis.reachable),
);
const skipped = OURS_VARIANTS.filter((v) => options.variants.includes(v.name) && v.redis && !redis.reachable);
if (skipped.length > 0)
  log(`no Redis at ${redis.url} (BENCH_REDIS_URL): left out ${skipped.map((v) => v.name).join(', ')}`);
const keys = await createThrowawayKeys();
const workloads: WorkloadInfo[] = [];
const measurements: Measurement[] = [];
try {
  for (const name of options.workloads) {
    const result = await runWorkload(name, keys, options);
    workloads.push(result.info);
    measurements.push(...result.measurements);
  }
} finally {
  keys.dispose();
}

/** Gateways whose subgraphs worked far less per request under load than for one request alone: they share in-flight fetches. */
function sharingNote(
  infos: readonly WorkloadInfo[],
  all: readonly Measurement[],
  connections: number,
): string[] {
  const sharing = new Set<string>();
  for (const m of all) {
    const alone = infos.find((w) => w.name === m.workload)?.upstreamPerRequest.byOperation[m.operation]?.[
      m.gateway
    ];
    if (alone !== undefined && alone > 0 && m.upstreamPerRequest < alone / 2) sharing.add(m.gateway);
  }
  if (sharing.size === 0) return [];
  const others = [...new Set(all.map((m) => m.gateway))].filter((name) => !sharing.has(name));
  return [
    `Under load, ${[...sharing].join(' and ')} made the subgraphs work far less per request than for one request alone ("upstream per req" against the counts under Workloads): ` +
      "they share identical in-flight subgraph fetches (ours: GATEWAY_DEDUP, on by default; Hive: @graphql-tools/executor-http's deduplicateInflightRequests, on by default). " +
      `Every request of this benchmark is the same operation from ${connections} connections, the best case for that` +
      (others.length > 0 ? `; ${others.join(' and ')} sent every fetch. ` : '. ') +
      'Run with BENCH_OURS_ENV="GATEWAY_DEDUP=false" to measure ours without it.',
  ];
}

const report: BenchReport = {
  date: new Date().toISOString(),
  totalSeconds: (performance.now() - started) / 1000,
  machine,
  loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
  options,
  gateways: [
    ...gateways.map((g) => ({
      name: g.name,
      description:
        g.name === 'ours' && Object.keys(options.oursEnv).length > 0
          ? `${g.description}; BENCH_OURS_ENV: ${Object.entries(options.oursEnv)
              .map(([k, v]) => `${k}=${v}`)
              .join(' ')}`
          : g.description,
      versions: g.versions(),
    })),
    ...variants.map((v) => ({
      name: v.name,
      description: `ours with ${v.description} (standard workload only)`,
      versions: {},
    })),
  ],
  workloads,
  measurements,
  ratios: ratiosOf(measurements),
  notes: [
    "Every gateway is one process; the subgraphs and the load generator (autocannon, in the benchmark's own process) share the same cores with it, so figures are for comparison between gateways on this machine, not capacity planning.",
    "Before any load, each gateway's answer to each operation was verified: HTTP 200, no `errors`, data equal to the other gateways' (and, for the standard workload, to the answer computed from the data). During the rounds every 2xx answer is compared with the gateway's verified answer, byte for byte.",
    'errors = autocannon connection errors and timeouts + non-2xx answers + wrong answers (2xx bodies that differ from the verified answer).',
    "Latency percentiles are over every request of every round; req/s is all completed requests over the rounds' total duration. Max RSS is the highest VmRSS sampled every 250 ms during the operation's rounds.",
    '"upstream per req": what the subgraphs did during the rounds (their requests, or SQL statements for the domain workload) over the requests sent. "CPU ms/req": the gateway process\'s CPU time (user + system, /proc/<pid>/stat) over the requests sent, less sensitive than req/s to what else runs on the machine.',
    ...sharingNote(workloads, measurements, options.connections),
  ],
};
console.log(`\n${resultsTable(report)}\n\n${ratiosTable(report)}\n\n${ratiosTable(report, 'ours')}\n`);
for (const file of writeResults(report)) log(`wrote ${file}`);
log(`total ${report.totalSeconds.toFixed(0)} s`);
