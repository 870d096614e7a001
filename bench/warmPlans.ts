/**
 * The main benchmark's publish under load (`npm run bench`; `bench:publish` alone measures more):
 * the domain workload's graph followed through a stand-in registry by our gateway with warm plans
 * on and off, a changed supergraph published in each round (`publish.ts`), and the target: with
 * warm plans on, the p99 of the answers in the first second after the swap at most twice the
 * steady p50. Medians over the rounds.
 */
import type { ThrowawayKeys } from './keys.js';
import { measurePublish, type PublishResult } from './publish.js';
import { afterPublish } from './publishReport.js';
import type { TargetResult } from './targets.js';
import { startDomainWorkload } from './workloads/domain.js';

/** Connections of the load around a publish: the dashboard and Turin queries in turn. */
export const PUBLISH_CONNECTIONS = 10;
/** The setting the target is for. */
const WARM = 'warm plans on';
/** The first second's p99 over the steady p50 must be at most this. */
const BOUND = 2;

/** The warm-plans target, from the run's publish (not measured without one). */
export function publishTarget(result: PublishResult | undefined): TargetResult {
  const target = {
    target: `${WARM}: first second after a publish p99 ≤ ${BOUND}x steady p50`,
    workload: 'domain' as const,
    operation: 'a publish',
    connections: PUBLISH_CONNECTIONS,
  };
  const measured = result ? afterPublish(result, WARM).ratio : Number.NaN;
  if (!Number.isFinite(measured)) return { ...target, status: 'not measured' };
  return { ...target, measured, status: measured <= BOUND ? 'met' : 'missed' };
}

/** Starts the domain workload's subgraphs, measures publishes under load (warm plans on and off), stops them. */
export async function measureWarmPlans(
  keys: ThrowawayKeys,
  rounds: number,
  log: (line: string) => void,
): Promise<PublishResult> {
  log('[publish] starting the domain subgraphs');
  const workload = await startDomainWorkload(keys);
  try {
    return await measurePublish({
      workload,
      keys,
      rounds,
      connections: PUBLISH_CONNECTIONS,
      mix: 'workload',
      log: (line) => log(`[publish] ${line}`),
    });
  } finally {
    await workload.dispose();
  }
}
