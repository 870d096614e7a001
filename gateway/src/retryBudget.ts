/**
 * A retry budget: retries may be at most a share of the fetches sent over a sliding window (ten
 * one-second buckets), so that a failing subgraph is never sent more than that share on top of its
 * traffic. Retries that every caller makes at once are what turns a partner's slow minute into an
 * outage; a budget caps them whatever the number of callers.
 */

export interface RetryBudgetOptions {
  /** Retries allowed per 100 fetches in the window. */
  readonly percent: number;
  /** @default 10000 */
  readonly windowMs?: number;
  /** @default Date.now */
  readonly now?: () => number;
}

export interface RetryBudget {
  /** Counts a fetch sent for the first time. */
  sent(): void;
  /** Whether one more retry fits the budget; when it does, it is counted. */
  tryRetry(): boolean;
}

const BUCKETS = 10;

export function retryBudget(options: RetryBudgetOptions): RetryBudget {
  const now = options.now ?? Date.now;
  const bucketMs = (options.windowMs ?? 10_000) / BUCKETS;
  const fetches = new Array<number>(BUCKETS).fill(0);
  const retries = new Array<number>(BUCKETS).fill(0);
  let current = Math.floor(now() / bucketMs);

  /** Moves to the current bucket, emptying the ones that left the window. */
  function advance(): number {
    const bucket = Math.floor(now() / bucketMs);
    for (let b = Math.max(current + 1, bucket - BUCKETS + 1); b <= bucket; b++) {
      fetches[b % BUCKETS] = 0;
      retries[b % BUCKETS] = 0;
    }
    current = Math.max(current, bucket);
    return current % BUCKETS;
  }
  const sum = (counts: number[]) => counts.reduce((total, n) => total + n, 0);

  return {
    sent() {
      fetches[advance()]! += 1;
    },
    tryRetry() {
      const at = advance();
      if ((sum(retries) + 1) * 100 > sum(fetches) * options.percent) return false;
      retries[at]! += 1;
      return true;
    },
  };
}
