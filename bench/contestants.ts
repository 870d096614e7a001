/**
 * Who runs on a workload, started one after the other: the gateways (ours, vanilla, hive,
 * hive-rust), then on the standard workload the variants BENCH_VARIANTS picked, and the floor,
 * which is started last, once ours's answer is verified, to serve that answer.
 */
import { freePort } from '../scripts/graph.js';
import { floor } from './gateways/floor.js';
import { gateways } from './gateways/index.js';
import type { GatewayName, RunningGateway } from './gateways/types.js';
import type { Variant } from './gateways/variants.js';
import type { ThrowawayKeys } from './keys.js';
import type { BenchOptions } from './options.js';
import { verifyAnswers, type VerifiedAnswer } from './verify.js';
import type { RunningWorkload } from './workloads/types.js';

export interface ContestantsOptions {
  readonly keys: ThrowawayKeys;
  readonly options: BenchOptions;
  /** The variants to run (standard workload only), Redis permitting. */
  readonly variants: readonly Variant[];
  readonly redisUrl: string;
  readonly log: (line: string) => void;
}

/** Starts the gateways, and the variants on the standard workload, pushing each onto `running` as it comes up. */
export async function startContestants(
  workload: RunningWorkload,
  running: RunningGateway[],
  { keys, options, variants, redisUrl, log }: ContestantsOptions,
): Promise<void> {
  const common = { supergraphPath: workload.supergraphPath, keys };
  for (const kind of gateways) {
    const env = kind.name === 'ours' ? options.oursEnv : {};
    running.push(await kind.start({ ...common, port: await freePort(), env }));
    log(`[${workload.name}] ${kind.name} gateway up (pid ${running.at(-1)?.process.pid})`);
  }
  for (const variant of workload.name === 'standard' ? variants : []) {
    running.push(await variant.start({ ...common, port: await freePort(), env: options.oursEnv, redisUrl }));
    log(`[${workload.name}] ${variant.name} up (${variant.base} with ${variant.description})`);
  }
}

/**
 * On the standard workload, starts the floor answering ours's verified answer to its operation,
 * pushes it onto `running`, verifies it against ours and adds its answer to `verified`.
 */
export async function startFloor(
  workload: RunningWorkload,
  running: RunningGateway[],
  verified: Map<string, Map<GatewayName, VerifiedAnswer>>,
  oursEnv: Readonly<Record<string, string>>,
): Promise<void> {
  const [operation, ...more] = workload.operations;
  const ours = running.find((g) => g.name === 'ours');
  const answer = operation && verified.get(operation.name)?.get('ours')?.texts[0];
  if (workload.name !== 'standard' || !operation || more.length > 0 || !ours || answer === undefined) return;
  const started = await floor.start({
    supergraphPath: workload.supergraphPath,
    port: await freePort(),
    answer,
    env: oursEnv,
  });
  running.push(started);
  const checked = await verifyAnswers([ours, started], [operation]);
  const floorAnswer = checked.get(operation.name)?.get(started.name);
  if (floorAnswer) verified.get(operation.name)?.set(started.name, floorAnswer);
}
