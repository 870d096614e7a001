/**
 * Each subgraph's traffic policy around its fetches (cockatiel's policies, one set per subgraph):
 *
 * - a circuit breaker, outermost: it opens when the share of failed fetches over a window passes
 *   the threshold, and while open every fetch fails at once (`SUBGRAPH_UNAVAILABLE`, reason
 *   `circuit_open`) without reaching the subgraph; after a while one probe goes through
 *   (half-open), and its success closes the breaker;
 * - retries of query fetches only (a mutation is never sent twice), on an unreachable subgraph or
 *   a 502/503/504, with exponential backoff and jitter, within the retry budget (at most a share
 *   of the subgraph's fetches); a timeout is not retried (the subgraph is slow, not gone), nor
 *   an answer over the cap;
 * - a cap on concurrent fetches, innermost (each attempt takes a slot), with a bounded queue:
 *   beyond it a fetch fails at once (reason `overloaded`);
 * - the subgraph's own timeout and answer cap, handed to the fetcher.
 *
 * A failure is what the subgraph could not do: no answer, a timeout, a 5xx, a 2xx whose body is
 * no JSON object, an answer over the cap. A 4xx is the request's fault, and an answer (even with
 * GraphQL errors) a success.
 */
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import {
  BrokenCircuitError,
  BulkheadRejectedError,
  CircuitState,
  ExponentialBackoff,
  SamplingBreaker,
  bulkhead,
  circuitBreaker,
  handleWhen,
  retry,
  wrap,
  type IPolicy,
} from 'cockatiel';
import { Counter, Gauge, type Registry } from 'prom-client';
import { BufferedResponse, isQueryBody } from '../bufferedResponse.js';
import type { SubgraphFetchInit } from '../fetcher.js';
import type { GatewayPlugin } from '../plugin.js';
import { retryBudget } from '../retryBudget.js';
import { ResponseTooLargeError, SubgraphRefusedError } from '../subgraphErrors.js';
import { policyOf, type TrafficConfig, type TrafficPolicy } from '../trafficConfig.js';
import type { TrafficSettings } from '../../../lib/traffic/settings.js';

/** A breaker's state, as `/health` and `/metrics` report it. */
export type CircuitStatus = 'closed' | 'open' | 'half_open';

const STATUS: Record<CircuitState, CircuitStatus> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'open',
};
/** The gauge's values: 0 closed, 1 half-open, 2 open. */
const GAUGE: Record<CircuitStatus, number> = { closed: 0, half_open: 1, open: 2 };

const RETRIED_STATUSES = new Set([502, 503, 504]);

/** A 5xx answer, thrown inside the policies so that they count it; handed back as the answer after. */
class FailedAnswer extends Error {
  constructor(readonly response: FetcherResponse) {
    super(`HTTP ${response.status}`);
  }
}

/** Worth another attempt: the subgraph could not be reached, or said it is briefly unavailable. */
function retriable(error: Error): boolean {
  if (error instanceof FailedAnswer) return RETRIED_STATUSES.has(error.response.status);
  return !(
    error instanceof ResponseTooLargeError ||
    error instanceof BulkheadRejectedError ||
    error.name === 'TimeoutError' ||
    error.name === 'AbortError'
  );
}

export interface TrafficPolicyPluginOptions {
  readonly traffic: TrafficConfig;
  /** Where breaker states, retries and refusals are counted (the metrics plugin's registry). @default none */
  readonly registry?: Registry;
}

export interface TrafficPolicyPlugin extends GatewayPlugin {
  /** Each subgraph's breaker, by name: the subgraphs fetched since the gateway started. */
  readonly circuits: () => Record<string, CircuitStatus>;
  /**
   * Takes the policies the partners recorded in the registry, by subgraph (checked already). A
   * subgraph whose policy changes gets a new breaker and budget at its next fetch.
   */
  record(policies: ReadonlyMap<string, TrafficSettings>): void;
  /** The policy of each subgraph that has settings of its own (recorded, or the gateway's variables). */
  readonly policies: () => Record<string, TrafficPolicy>;
}

interface SubgraphPolicies {
  readonly breaker: ReturnType<typeof circuitBreaker>;
  /** For queries: breaker, retries, concurrency cap. */
  readonly queries: IPolicy;
  /** For mutations: breaker and concurrency cap. */
  readonly others: IPolicy;
  readonly budget: ReturnType<typeof retryBudget>;
}

interface PolicyEntry extends SubgraphPolicies {
  /** The `record()` call it was checked against. */
  generation: number;
  /** The policy it was built from, as JSON. */
  readonly signature: string;
  readonly limits: Pick<SubgraphFetchInit, 'timeoutMs' | 'maxResponseBytes'>;
}

export function trafficPolicyPlugin(options: TrafficPolicyPluginOptions): TrafficPolicyPlugin {
  const bySubgraph = new Map<string, PolicyEntry>();
  const circuits = () =>
    Object.fromEntries([...bySubgraph].map(([name, policies]) => [name, STATUS[policies.breaker.state]]));

  const registers = options.registry ? [options.registry] : [];
  new Gauge({
    name: 'integra_subgraph_circuit_state',
    help: "Each subgraph's circuit breaker: 0 closed, 1 half-open (one probe let through), 2 open",
    labelNames: ['subgraph'] as const,
    registers,
    collect() {
      this.reset();
      for (const [subgraph, status] of Object.entries(circuits())) this.set({ subgraph }, GAUGE[status]);
    },
  });
  const retries = new Counter({
    name: 'integra_subgraph_retries_total',
    help: 'Query fetches sent again after a failure, by subgraph',
    labelNames: ['subgraph'] as const,
    registers,
  });
  const refusals = new Counter({
    name: 'integra_subgraph_refusals_total',
    help: 'Fetches the gateway failed without sending them: circuit open, or too many waiting',
    labelNames: ['subgraph', 'reason'] as const,
    registers,
  });

  function policiesOf(subgraph: string, policy: TrafficPolicy): SubgraphPolicies {
    const { breaker: b, retry: r } = policy;
    const breaker = circuitBreaker(
      handleWhen(() => true),
      {
        halfOpenAfter: b.halfOpenAfterMs,
        breaker: new SamplingBreaker({
          threshold: b.failurePercent / 100,
          duration: b.windowMs,
          minimumRps: b.minimumFetches / (b.windowMs / 1000),
        }),
      },
    );
    const budget = retryBudget({ percent: r.budgetPercent });
    const retrying = retry(
      handleWhen((error) => retriable(error) && budget.tryRetry()),
      {
        maxAttempts: r.maxRetries,
        backoff: new ExponentialBackoff({ initialDelay: r.initialDelayMs, maxDelay: r.maxDelayMs }),
      },
    );
    retrying.onRetry(() => retries.inc({ subgraph }));
    const slots = bulkhead(policy.maxConcurrent, policy.maxQueued);
    return {
      breaker,
      budget,
      queries: r.maxRetries > 0 ? wrap(breaker, retrying, slots) : wrap(breaker, slots),
      others: wrap(breaker, slots),
    };
  }

  // Each subgraph's policy and its breaker, rebuilt only when its settings change.
  let recorded: ReadonlyMap<string, TrafficSettings> = new Map();
  let generation = 0;
  const current = (subgraph: string): PolicyEntry => {
    const entry = bySubgraph.get(subgraph);
    if (entry?.generation === generation) return entry;
    const policy = policyOf(options.traffic, subgraph, recorded.get(subgraph));
    const signature = JSON.stringify(policy);
    if (entry?.signature === signature) {
      entry.generation = generation;
      return entry;
    }
    const fresh = {
      generation,
      signature,
      limits: { timeoutMs: policy.timeoutMs, maxResponseBytes: policy.maxResponseBytes },
      ...policiesOf(subgraph, policy),
    };
    bySubgraph.set(subgraph, fresh);
    return fresh;
  };

  function wrapFetch(next: Fetcher, subgraph: string): Fetcher {
    // A new supergraph builds new data sources: a subgraph keeps its breaker and budget across them.
    current(subgraph);
    return async (url, init = {}) => {
      const policies = current(subgraph);
      const sent: SubgraphFetchInit = { ...init, ...policies.limits };
      const query = typeof init.body === 'string' && isQueryBody(init.body);
      if (query) policies.budget.sent();
      try {
        return await (query ? policies.queries : policies.others).execute(async () => {
          const response = await next(url, sent);
          // A 5xx, or a 2xx that is no GraphQL answer (the data source then reports invalid_response).
          if (
            response.status >= 500 ||
            (response.ok && response instanceof BufferedResponse && !response.looksLikeJsonObject)
          )
            throw new FailedAnswer(response);
          return response;
        });
      } catch (error) {
        if (error instanceof FailedAnswer) return error.response;
        if (error instanceof BrokenCircuitError) {
          refusals.inc({ subgraph, reason: 'circuit_open' });
          throw new SubgraphRefusedError('circuit_open');
        }
        if (error instanceof BulkheadRejectedError) {
          refusals.inc({ subgraph, reason: 'overloaded' });
          throw new SubgraphRefusedError('overloaded');
        }
        throw error;
      }
    };
  }

  return {
    name: 'trafficPolicy',
    circuits,
    subgraph: { wrapFetch },
    record(policies) {
      recorded = policies;
      generation += 1;
    },
    policies: () => {
      const names = new Set([...Object.keys(options.traffic.bySubgraph), ...recorded.keys()]);
      return Object.fromEntries(
        [...names].sort().map((name) => [name, policyOf(options.traffic, name, recorded.get(name))]),
      );
    },
  };
}
