/**
 * `npm run bench`: our gateway against vanilla Apollo Gateway + Apollo Server, the Hive Gateway and
 * the Hive Gateway with its Rust query planner (`hive-rust`), each a single process over the same
 * subgraphs, under autocannon on loopback. On the standard workload also: variants with one setting
 * changed (gateways/variants.ts: ours's, and `hive-dedup`, Hive without in-flight deduplication),
 * and the floor (gateways/floor.ts: ours's HTTP stack answering ours's verified answer from memory).
 * For each workload (`standard`, `domain`, `distinct`: contestants.ts, workloads/): start the
 * subgraphs, start the gateways, verify that their answers are correct and identical (every body
 * of the distinct pool), count what the subgraphs do for one request alone (requests, entity
 * representations, SQL statements), measure in interleaved rounds at each connection count, stop
 * everything. Then a publish under load (warmPlans.ts). Then check the targets (targets.ts), print
 * the tables and write `bench/results/`.
 * Options: BENCH_DURATION_S, BENCH_ROUNDS, BENCH_CONNECTIONS (a list), BENCH_WARMUP_S,
 * BENCH_WORKLOADS, BENCH_VARIANTS, BENCH_PUBLISH, BENCH_OURS_ENV, BENCH_REDIS_URL (see options.ts).
 */
import os from 'node:os';
import { startContestants, startFloor, type ContestantsOptions } from './contestants.js';
import { floor } from './gateways/floor.js';
import { gateways } from './gateways/index.js';
import { stopGateway, type GatewayName, type RunningGateway } from './gateways/types.js';
import { redisReachable, redisUrl, VARIANTS } from './gateways/variants.js';
import { createThrowawayKeys } from './keys.js';
import { machineInfo } from './machine.js';
import {
  ratiosOf,
  type BenchReport,
  type GatewayInfo,
  type Measurement,
  type WorkloadInfo,
} from './model.js';
import { reportNotes } from './notes.js';
import { readOptions } from './options.js';
import { readMemory } from './process.js';
import { printed, writeResults } from './report.js';
import { measureWorkload } from './rounds.js';
import { checkTargets } from './targets.js';
import type { PublishResult } from './publish.js';
import { measureWarmPlans, publishTarget } from './warmPlans.js';
import { upstreamPerRequest, type AloneCounts } from './alone.js';
import { verifyAnswers, type VerifiedAnswer } from './verify.js';
import { startWorkload } from './workloads/index.js';
import type { RunningWorkload, SubgraphFetches, WorkloadName } from './workloads/types.js';

process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
const started = performance.now();
const log = (line: string) =>
  console.log(`${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${line}`);

function logVerified(name: WorkloadName, verified: Map<string, Map<GatewayName, VerifiedAnswer>>): void {
  for (const [operation, answers] of verified) {
    const sizes = [...answers.values()].map((a) => a.bytes.toFixed(0)).join('/');
    const bodies = [...answers.values()][0]?.texts.length ?? 0;
    log(
      `[${name}] ${operation}: the ${answers.size} gateways answer correctly and identically ` +
        (bodies > 1 ? `(${bodies} distinct requests, mean ${sizes} bytes)` : `(${sizes} bytes)`),
    );
  }
}

type Alone = Record<string, Partial<Record<GatewayName, AloneCounts>>>;

function logAlone(workload: RunningWorkload, alone: Alone): void {
  for (const [operation, counts] of Object.entries(alone)) {
    const each = Object.entries(counts).map(([g, c]) =>
      c?.fetches
        ? `${g} ${c.fetches.requests.toFixed(1)} requests / ${c.fetches.representations.toFixed(1)} representations`
        : `${g} ${c?.upstream.toFixed(1)}`,
    );
    const unit = workload.fetches ? 'subgraph fetches' : workload.upstream.unit;
    log(`[${workload.name}] ${operation}: ${unit} for one request alone: ${each.join(', ')}`);
  }
}

/** The workload's description for the results, from what was measured on it. */
function workloadInfo(
  workload: RunningWorkload,
  running: readonly RunningGateway[],
  alone: Alone,
): WorkloadInfo {
  const pick = <T>(value: (c: AloneCounts) => T | undefined) =>
    Object.fromEntries(
      Object.entries(alone).map(([operation, counts]) => [
        operation,
        Object.fromEntries(
          Object.entries(counts).flatMap(([g, c]) => {
            const v = c && value(c);
            return v === undefined ? [] : [[g, v]];
          }),
        ),
      ]),
    );
  return {
    name: workload.name,
    title: workload.title,
    notes: workload.notes,
    peakRssMiB: Object.fromEntries(
      running.map((g) => [g.name, (readMemory(g.process.pid)?.peakKiB ?? Number.NaN) / 1024]),
    ),
    upstreamPerRequest: { unit: workload.upstream.unit, byOperation: pick((c) => c.upstream) },
    ...(workload.fetches ? { fetchesPerRequest: pick<SubgraphFetches>((c) => c.fetches) } : {}),
  };
}

async function runWorkload(
  name: WorkloadName,
  contestants: ContestantsOptions,
): Promise<{ info: WorkloadInfo; measurements: Measurement[] }> {
  log(`[${name}] starting the subgraphs`);
  const workload = await startWorkload(name, contestants.keys);
  const running: RunningGateway[] = [];
  try {
    await startContestants(workload, running, contestants);
    const verified = await verifyAnswers(running, workload.operations);
    await startFloor(workload, running, verified, contestants.options.oursEnv);
    logVerified(name, verified);
    const alone = await upstreamPerRequest(running, workload.operations, workload);
    logAlone(workload, alone);
    const measurements = await measureWorkload(workload, running, verified, contestants.options, log);
    return { info: workloadInfo(workload, running, alone), measurements };
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
    `${options.rounds} rounds x ${options.durationS} s at ${options.connections.join(', ')} connections, workloads ${options.workloads.join(', ')}`,
);
const redis = { url: redisUrl(), reachable: await redisReachable(redisUrl()) };
const chosen = VARIANTS.filter((v) => options.variants.includes(v.name));
const variants = chosen.filter((v) => !v.redis || redis.reachable);
const skipped = chosen.filter((v) => v.redis && !redis.reachable);
if (skipped.length > 0)
  log(`no Redis at ${redis.url} (BENCH_REDIS_URL): left out ${skipped.map((v) => v.name).join(', ')}`);
const keys = await createThrowawayKeys();
const workloads: WorkloadInfo[] = [];
const measurements: Measurement[] = [];
let publish: PublishResult | undefined;
try {
  for (const name of options.workloads) {
    const result = await runWorkload(name, { keys, options, variants, redisUrl: redis.url, log });
    workloads.push(result.info);
    measurements.push(...result.measurements);
  }
  if (options.publish) publish = await measureWarmPlans(keys, options.rounds, log);
} finally {
  keys.dispose();
}

const ranOn = (name: GatewayName) =>
  new Set(measurements.filter((m) => m.gateway === name).map((m) => m.workload));
const gatewayInfos: GatewayInfo[] = [
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
  ...variants
    .filter((v) => ranOn(v.name).size > 0)
    .map((v) => ({
      name: v.name,
      description: `${v.base} with ${v.description} (standard workload only)`,
      versions: {},
    })),
  ...(ranOn('floor').size > 0
    ? [
        {
          name: floor.name,
          description: `${floor.description} (standard workload only)`,
          versions: floor.versions(),
        },
      ]
    : []),
];
const report: BenchReport = {
  date: new Date().toISOString(),
  totalSeconds: (performance.now() - started) / 1000,
  machine,
  loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
  options,
  gateways: gatewayInfos,
  workloads,
  measurements,
  ratios: ratiosOf(measurements),
  targets: [...checkTargets(measurements), publishTarget(publish)],
  ...(publish ? { publish } : {}),
  notes: reportNotes(gatewayInfos, workloads, measurements, options),
};
console.log(`\n${printed(report)}\n`);
for (const file of writeResults(report)) log(`wrote ${file}`);
log(`total ${report.totalSeconds.toFixed(0)} s`);
