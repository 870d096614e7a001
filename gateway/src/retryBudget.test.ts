import { describe, expect, it } from 'vitest';
import { retryBudget } from './retryBudget.js';

describe('a retry budget', () => {
  it('allows retries up to its share of the fetches, and again as old fetches leave the window', () => {
    let now = 0;
    const budget = retryBudget({ percent: 10, windowMs: 10_000, now: () => now });
    for (let i = 0; i < 19; i++) budget.sent();
    expect(budget.tryRetry()).toBe(true); // 1 of 19
    expect(budget.tryRetry()).toBe(false); // 2 of 19 is over 10%
    budget.sent();
    expect(budget.tryRetry()).toBe(true); // 2 of 20
    expect(budget.tryRetry()).toBe(false);

    // Ten seconds on, the window holds none of it: no traffic, no retry.
    now = 10_500;
    expect(budget.tryRetry()).toBe(false);
    for (let i = 0; i < 10; i++) budget.sent();
    expect(budget.tryRetry()).toBe(true);
  });

  it('forgets only the buckets that left the window', () => {
    let now = 0;
    const budget = retryBudget({ percent: 50, windowMs: 10_000, now: () => now });
    budget.sent();
    budget.sent();
    now = 5_000;
    budget.sent();
    budget.sent();
    expect(budget.tryRetry()).toBe(true);
    expect(budget.tryRetry()).toBe(true); // 2 of 4
    expect(budget.tryRetry()).toBe(false);
    // The first two fetches leave; the two retries (at 5 s) stay: 2 of 2 is over 50%.
    now = 10_100;
    expect(budget.tryRetry()).toBe(false);
    budget.sent();
    budget.sent();
    expect(budget.tryRetry()).toBe(false); // 3 of 4 would be over
    budget.sent();
    budget.sent();
    expect(budget.tryRetry()).toBe(true); // 3 of 6
  });

  it('allows none at 0%', () => {
    const budget = retryBudget({ percent: 0 });
    for (let i = 0; i < 100; i++) budget.sent();
    expect(budget.tryRetry()).toBe(false);
  });
});
