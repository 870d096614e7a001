/**
 * Warm plans: every registered operation is planned on a supergraph before that supergraph serves,
 * at start and at every swap, so the first requests after a partner publishes find their query
 * plans ready, as steady ones do, instead of each planning its operation on the request path.
 *
 * How, on Apollo Gateway 2.14:
 * - Apollo Gateway's plan store is this plugin's (`queryPlannerConfig.cache`, a public option): a
 *   least-recently-used map bounded by `GATEWAY_PLAN_CACHE_MIB`, each plan weighed by its JSON
 *   size as Apollo's own store weighs it. Its lookups are counted on `/metrics`: a miss is a plan
 *   built on the request path.
 * - Before a supergraph is handed to Apollo (`beforeSwap`, which the supergraph provider awaits:
 *   at start, and for each registry version before calling `update`), its plans are built here
 *   with Apollo's own planner (`Supergraph.build`, `QueryPlanner` with the gateway's planner
 *   config), one operation at a time, pausing between them (as long as each step took) for the
 *   requests the served supergraph still answers. Plans are plain data, independent of the schema
 *   objects that built them (Apollo lets them live in Redis), so a plan built here is the plan
 *   Apollo would build for the same SDL.
 * - Apollo's swap is synchronous (`updateWithSchemaAndNotify`): it empties the plan store, builds
 *   its planner and notifies Apollo Server, which takes the new schema and calls the plugins'
 *   `schemaDidLoadOrUpdate`; this plugin puts the plans in the store there, in the same tick, so
 *   no request runs on the new supergraph before them. A supergraph nobody planned ahead is
 *   planned there instead (a longer swap, the same guarantee).
 * - Plans are stored under the key Apollo's executor looks up: the query's sha256 (Apollo Server's
 *   `queryHash`, the manifest's hash), hashed again with the operation's name when the request
 *   names one; a one-operation document gets both.
 * An operation that does not plan on the new supergraph (it asks for a field removed) is logged and
 * skipped: it fails on the request path as it would have. Nothing here ever fails a swap.
 * Apollo Server's parsed-and-validated documents are not warmed: they are keyed by a hash of the
 * printed schema and must pass Apollo's exact validation rules, and a miss costs a fraction of a
 * millisecond (docs/operators.md, "Warm plans").
 */
import { existsSync } from 'node:fs';
import type { QueryPlan, QueryPlanCache, QueryPlannerConfig } from '@apollo/query-planner';
import { LRUCache } from 'lru-cache';
import { Counter, type Registry } from 'prom-client';
import type { Logger } from '../../../../lib/log.js';
import type { GatewayPlugin } from '../../plugin.js';
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
  /** Apollo Gateway's `queryPlannerConfig`: its plan store is this plugin's. */
  readonly queryPlannerConfig: QueryPlannerConfig;
  /**
   * The plan stored under `key`, for an executor in front of Apollo's: a hit is counted; a miss is
   * not, Apollo's executor counts it when it plans the operation.
   */
  readonly findPlan: (key: string) => QueryPlan | undefined;
  /** Plans a supergraph about to be served (the supergraph provider's `beforeSwap`). Never rejects. */
  readonly beforeSwap: (supergraphSdl: string) => Promise<void>;
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
  const cache: QueryPlanCache = {
    async get(key) {
      const plan = store.get(key);
      lookups?.inc({ result: plan ? 'hit' : 'miss' });
      return plan;
    },
    async set(key, plan) {
      store.set(key, plan);
    },
    async delete(key) {
      return store.delete(key);
    },
    clear: () => store.clear(),
  };
  const queryPlannerConfig: QueryPlannerConfig = { cache };

  /** Planned ahead for the next swap (one at a time: the provider swaps in order). */
  let pending: Planned | undefined;
  /** The supergraph whose plans are in the store. */
  let installed: string | undefined;

  const install = (supergraphSdl: string) => {
    let planned = pending?.supergraphSdl === supergraphSdl ? pending : undefined;
    pending = undefined;
    const ahead = planned !== undefined;
    if (!planned) {
      try {
        const steps = planning(supergraphSdl, options.operations, queryPlannerConfig);
        let step = steps.next();
        while (!step.done) step = steps.next();
        planned = step.value;
      } catch (error) {
        installed = undefined;
        log.warn({ reason: firstLine(error) }, 'query plans not warmed: the supergraph does not build here');
        return;
      }
    }
    // Apollo emptied the store a moment ago, in this same tick: no request has planned since.
    const installStarted = performance.now();
    for (const [key, { plan, size }] of planned.plans) store.set(key, plan, { size });
    const installMs = performance.now() - installStarted;
    installed = supergraphSdl;
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
        planningMs: Math.round(planned.planningMs),
        longestStepMs: Math.round(planned.longestStepMs),
        elapsedMs: Math.round(planned.elapsedMs),
        plannedAhead: ahead,
        // The part of Apollo's swap (when requests wait) spent here.
        installMs: Math.round(installMs * 10) / 10,
      },
      'query plans warmed for the supergraph now served',
    );
  };

  return {
    name: 'warmPlans',
    queryPlannerConfig,
    findPlan: (key) => {
      const plan = store.get(key);
      if (plan) lookups?.inc({ result: 'hit' });
      return plan;
    },
    beforeSwap: async (supergraphSdl) => {
      if (!enabled || supergraphSdl === installed) return;
      // Once a supergraph serves, planning takes at most half of the event loop: after each step, a
      // pause as long, in which the served supergraph answers. At start nothing is served yet.
      const paced = installed !== undefined;
      try {
        const steps = planning(supergraphSdl, options.operations, queryPlannerConfig);
        let stepStarted = performance.now();
        let step = steps.next();
        while (!step.done) {
          const ran = performance.now() - stepStarted;
          await new Promise((resolve) =>
            paced && ran >= 1 ? setTimeout(resolve, ran) : setImmediate(resolve),
          );
          stepStarted = performance.now();
          step = steps.next();
        }
        pending = step.value;
      } catch (error) {
        // Apollo will refuse it too, or plan it at the swap (install).
        log.warn({ reason: firstLine(error) }, 'query plans not built ahead: the supergraph does not build');
      }
    },
    ...(enabled && {
      apollo: {
        async serverWillStart() {
          return {
            schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
              if (coreSupergraphSdl) install(coreSupergraphSdl);
            },
          };
        },
      },
    }),
  };
}
