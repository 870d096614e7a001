/**
 * Warm plans: every registered operation is planned on a supergraph before that supergraph serves,
 * at start and at every swap, so the first requests after a partner publishes find their query
 * plans ready, as steady ones do, instead of each planning its operation on the request path.
 *
 * How:
 * - The gateway's plan store is this plugin's (`plans`): a least-recently-used map bounded by
 *   `GATEWAY_PLAN_CACHE_MIB`, each plan weighed by its JSON size as Apollo's own store weighs it.
 *   Its lookups are counted on `/metrics`: a miss is a plan built on the request path.
 * - Before a supergraph serves, the gateway builds it (`execution/index.ts`, `prepare`) and hands
 *   it here (`beforeSwap`): its plans are built with its own planner, one operation at a time,
 *   pausing between them (as long as each step took) for the requests the served supergraph still
 *   answers.
 * - In the swap (`onSwap`, the same tick as the change of supergraph) the store is emptied and the
 *   plans put in it, so no request runs on the new supergraph before them. A supergraph nobody
 *   planned ahead is planned there instead (a longer swap, the same guarantee).
 * - Plans are stored under the key the gateway's executor looks up (`execution/planKey.ts`); a
 *   one-operation document gets both its keys, with and without the operation's name.
 * An operation that does not plan on the new supergraph (it asks for a field removed) is logged and
 * skipped: it fails on the request path as it would have. Nothing here ever fails a swap.
 * Apollo Server's parsed-and-validated documents are not warmed: they are keyed by a hash of the
 * printed schema and must pass Apollo's exact validation rules, and a miss costs a fraction of a
 * millisecond (docs/operators.md, "Warm plans").
 */
import { existsSync } from 'node:fs';
import type { QueryPlan } from '@apollo/query-planner';
import { LRUCache } from 'lru-cache';
import { Counter, type Registry } from 'prom-client';
import type { Logger } from '../../../../lib/log.js';
import type { LoadedSupergraph } from '../../../../lib/supergraph/load.js';
import type { PlanStore } from '../../execution/index.js';
import type { GatewayPlugin } from '../../plugin.js';
import { pacedSteps, runSteps, type StepsRun } from '../../../../lib/steps.js';
import { loadManifest, type TrustedList } from '../trustedDocuments.js';
import { firstLine, planning, weigh, type Planned } from './planning.js';

export { planStoreKey } from './planning.js';

export interface WarmPlansOptions {
  /** `GATEWAY_WARM_PLANS`: plan the registered operations before each supergraph serves. @default true */
  readonly enabled?: boolean;
  /** The registered operations' texts as they are now (the trusted list, or the persisted-documents manifest). */
  readonly operations: () => Iterable<string>;
  /** `GATEWAY_PLAN_CACHE_MIB`: the plan store's bound, in MiB of plans' JSON. @default 32 */
  readonly maxMiB?: number;
  /** Where plan lookups are counted (the metrics plugin's registry). @default none */
  readonly registry?: Registry;
  readonly log: Logger;
}

export interface WarmPlansPlugin extends GatewayPlugin {
  /** The gateway's plan store. */
  readonly plans: PlanStore;
  /** Plans a supergraph built to be served next, pausing when `pacing` (one serves). Never rejects. */
  readonly beforeSwap: (loaded: LoadedSupergraph, pacing: boolean) => Promise<void>;
  /** In the swap to `loaded`: the store emptied, then its plans put in it. Never throws. */
  readonly onSwap: (loaded: LoadedSupergraph) => void;
}

/**
 * The registered operations' texts: the trusted list as it is now (allow-listed), else the
 * persisted-documents manifest when `npm run codegen` has written it (none otherwise).
 */
export function registeredOperations(
  manifestPath: string,
  trusted: TrustedList | undefined,
): () => Iterable<string> {
  if (trusted) return () => trusted.current().values();
  const manifest = existsSync(manifestPath) ? loadManifest(manifestPath) : new Map<string, string>();
  return () => manifest.values();
}

/** The failures named in the log line of one swap; the count says how many there were. */
const MAX_LOGGED_FAILURES = 20;

export function warmPlansPlugin(options: WarmPlansOptions): WarmPlansPlugin {
  const { log } = options;
  const enabled = options.enabled ?? true;
  const store = new LRUCache<string, QueryPlan>({
    maxSize: (options.maxMiB ?? 32) * 2 ** 20,
    sizeCalculation: weigh,
  });
  const lookups = options.registry
    ? new Counter({
        name: 'integra_gateway_query_plan_lookups_total',
        help: 'Query-plan lookups, one per operation executed; a miss plans it on the request path',
        labelNames: ['result'] as const,
        registers: [options.registry],
      })
    : undefined;
  const hits = lookups?.labels('hit');
  const misses = lookups?.labels('miss');

  /** Planned ahead for the next swap (one at a time: the provider swaps in order). */
  let pending: StepsRun<Planned> | undefined;

  const install = (loaded: LoadedSupergraph) => {
    const ahead = pending?.value.supergraphSdl === loaded.sdl ? pending : undefined;
    pending = undefined;
    const run = ahead ?? runSteps(planning(loaded, options.operations));
    const planned = run.value;
    const installStarted = performance.now();
    for (const [key, { plan, size }] of planned.plans) store.set(key, plan, { size });
    const installMs = performance.now() - installStarted;
    if (planned.failures.length > 0) {
      log.warn(
        { failed: planned.failures.length, failures: planned.failures.slice(0, MAX_LOGGED_FAILURES) },
        'registered operations that do not plan on the supergraph now served: not warmed, they plan (and fail) on the request path',
      );
    }
    log.info(
      {
        warmed: planned.warmed,
        failed: planned.failures.length,
        plans: planned.plans.size,
        planningMs: Math.round(run.busyMs),
        longestStepMs: Math.round(run.longestStepMs),
        elapsedMs: Math.round(run.elapsedMs),
        plannedAhead: ahead !== undefined,
        // The part of the swap (when requests wait) spent here.
        installMs: Math.round(installMs * 10) / 10,
      },
      'query plans warmed for the supergraph now served',
    );
  };

  return {
    name: 'warmPlans',
    plans: {
      find: (key) => {
        const plan = store.get(key);
        (plan ? hits : misses)?.inc();
        return plan;
      },
      store: (key, plan) => store.set(key, plan),
    },
    beforeSwap: async (loaded, pacing) => {
      if (!enabled) return;
      try {
        pending = await pacedSteps(planning(loaded, options.operations), pacing);
      } catch (error) {
        // The registered operations could not be read: they plan on the request path.
        log.warn({ reason: firstLine(error) }, 'query plans not built ahead');
      }
    },
    onSwap: (loaded) => {
      // Plans of the supergraph served until now: none is valid on the new one.
      store.clear();
      if (!enabled) return;
      try {
        install(loaded);
      } catch (error) {
        log.warn({ reason: firstLine(error) }, 'query plans not warmed: they plan on the request path');
      }
    },
  };
}
