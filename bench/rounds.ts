/**
 * One workload's measurement: for each operation and each connection count (BENCH_CONNECTIONS),
 * every gateway warmed up, then the rounds, interleaved (ours, vanilla, hive, hive-rust, ours,
 * vanilla...), so that whatever else the machine is doing meanwhile falls on all of them alike.
 * Rounds are added up into one measurement per operation, connection count and gateway.
 */
import { endpointsOf, pidsOf, type GatewayName, type RunningGateway } from './gateways/types.js';
import { quantile, runLoad, type LoadResult } from './load.js';
import { readTotalCpuSeconds } from './process.js';
import type { BenchOptions } from './options.js';
import type { Measurement, RoundSummary } from './model.js';
import type { VerifiedAnswer } from './verify.js';
import type { RunningWorkload } from './workloads/types.js';

const KIB_PER_MIB = 1024;
/**
 * A pause after each round: requests still unanswered when autocannon stopped finish meanwhile, so
 * that their subgraph work is counted with their round (over requests sent), not the next one.
 */
const PAUSE_MS = 1000;

const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
const failedOf = (r: LoadResult) => r.errors + r.non2xx + r.wrongAnswers;

/** A round's load, and the subgraphs' work (`workload.upstream`) meanwhile. */
interface Round extends LoadResult {
  readonly upstream: number;
  /** CPU seconds the gateway's process used for the round (NaN without /proc). */
  readonly cpuSeconds: number;
  /** CPU seconds the subgraphs' processes used for the round (NaN where not measured). */
  readonly subgraphCpuSeconds: number;
}

function summarize(
  workload: RunningWorkload,
  operation: string,
  connections: number,
  gateway: GatewayName,
  rounds: readonly Round[],
  answer: VerifiedAnswer,
): Measurement {
  const sum = (pick: (r: Round) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  const latencies = new Float64Array(sum((r) => r.latenciesMs.length));
  let offset = 0;
  for (const r of rounds) {
    latencies.set(r.latenciesMs, offset);
    offset += r.latenciesMs.length;
  }
  const perRound: RoundSummary[] = rounds.map((r, i) => ({
    round: i + 1,
    rps: r.rps,
    p50Ms: quantile(r.latenciesMs, 0.5),
    p99Ms: quantile(r.latenciesMs, 0.99),
    failed: failedOf(r),
    maxRssMiB: r.maxRssKiB / KIB_PER_MIB,
    upstreamPerRequest: r.upstream / r.sent,
    cpuMsPerRequest: (1000 * r.cpuSeconds) / r.sent,
    subgraphCpuMsPerRequest: (1000 * r.subgraphCpuSeconds) / r.sent,
  }));
  const sampleFailure = rounds.find((r) => r.sampleFailure)?.sampleFailure;
  return {
    workload: workload.name,
    operation,
    connections,
    gateway,
    rps: sum((r) => r.requests) / sum((r) => r.durationS),
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    requests: sum((r) => r.requests),
    errors: sum((r) => r.errors),
    non2xx: sum((r) => r.non2xx),
    wrongAnswers: sum((r) => r.wrongAnswers),
    failed: sum(failedOf),
    maxRssMiB: Math.max(...rounds.map((r) => r.maxRssKiB)) / KIB_PER_MIB,
    upstreamPerRequest: sum((r) => r.upstream) / sum((r) => r.sent),
    cpuMsPerRequest: (1000 * sum((r) => r.cpuSeconds)) / sum((r) => r.sent),
    subgraphCpuMsPerRequest: (1000 * sum((r) => r.subgraphCpuSeconds)) / sum((r) => r.sent),
    responseBytes: answer.bytes,
    wireBytes: answer.wireBytes,
    rounds: perRound,
    ...(sampleFailure ? { sampleFailure } : {}),
  };
}

/** The load of one round: one gateway, one operation (all its bodies), at `connections`. */
async function loadRound(
  workload: RunningWorkload,
  gateway: RunningGateway,
  answer: VerifiedAnswer,
  connections: number,
  durationS: number,
): Promise<Round> {
  const before = await workload.upstream.count();
  const pids = pidsOf(gateway);
  const cpuBefore = readTotalCpuSeconds(pids) ?? Number.NaN;
  const subgraphPids = workload.upstreamPids?.() ?? [];
  const subgraphCpu = () => readTotalCpuSeconds(subgraphPids) ?? Number.NaN;
  const subgraphCpuBefore = subgraphCpu();
  const result = await runLoad({
    urls: endpointsOf(gateway),
    requests: answer.requests,
    ...(gateway.acceptEncoding ? { acceptEncoding: gateway.acceptEncoding } : {}),
    connections,
    durationS,
    pids: () => pidsOf(gateway),
  });
  await pause();
  const cpuSeconds = (readTotalCpuSeconds(pids) ?? Number.NaN) - cpuBefore;
  const subgraphCpuSeconds = subgraphCpu() - subgraphCpuBefore;
  return { ...result, upstream: (await workload.upstream.count()) - before, cpuSeconds, subgraphCpuSeconds };
}

export async function measureWorkload(
  workload: RunningWorkload,
  gateways: readonly RunningGateway[],
  verified: ReadonlyMap<string, ReadonlyMap<GatewayName, VerifiedAnswer>>,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const operation of workload.operations) {
    const answerOf = (gateway: RunningGateway): VerifiedAnswer => {
      const answer = verified.get(operation.name)?.get(gateway.name);
      if (!answer) throw new Error(`${gateway.name} has no verified answer to ${operation.name}`);
      return answer;
    };
    for (const connections of options.connections) {
      const at = `[${workload.name}] ${operation.name} @${connections}`;
      if (options.warmupS > 0) {
        for (const gateway of gateways) {
          const warm = await loadRound(workload, gateway, answerOf(gateway), connections, options.warmupS);
          log(`${at} warm-up ${gateway.name}: ${warm.rps.toFixed(0)} req/s, ${failedOf(warm)} failed`);
        }
      }
      const rounds = new Map<GatewayName, Round[]>(gateways.map((g) => [g.name, []]));
      for (let round = 1; round <= options.rounds; round++) {
        for (const gateway of gateways) {
          const result = await loadRound(
            workload,
            gateway,
            answerOf(gateway),
            connections,
            options.durationS,
          );
          rounds.get(gateway.name)?.push(result);
          log(
            `${at} round ${round}/${options.rounds} ${gateway.name}: ${result.rps.toFixed(1)} req/s, ` +
              `p50 ${quantile(result.latenciesMs, 0.5).toFixed(1)} ms, p99 ${quantile(result.latenciesMs, 0.99).toFixed(1)} ms, ` +
              `${(result.upstream / result.sent).toFixed(1)} ${workload.upstream.unit} and ${((1000 * result.cpuSeconds) / result.sent).toFixed(2)} gateway CPU ms per request, ` +
              `${failedOf(result)} failed${result.sampleFailure ? ` (${result.sampleFailure.slice(0, 200)})` : ''}`,
          );
        }
      }
      for (const gateway of gateways) {
        measurements.push(
          summarize(
            workload,
            operation.name,
            connections,
            gateway.name,
            rounds.get(gateway.name) ?? [],
            answerOf(gateway),
          ),
        );
      }
    }
  }
  return measurements;
}
