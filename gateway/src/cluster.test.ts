import { describe, expect, it } from 'vitest';
import { restartPolicy } from './cluster.js';

// The primary itself runs real workers in test/e2e/cluster.e2e.ts; here, when it replaces them.
describe('restartPolicy', () => {
  it('replaces a worker that died alone quickly, every time it happens at most once a minute', () => {
    const policy = restartPolicy();
    for (const minute of [0, 1, 2, 3, 4, 5, 6, 7]) {
      expect(policy.onExit(minute * 61_000)).toEqual({ action: 'restart', delayMs: 500, recentExits: 1 });
    }
  });

  it('doubles the delay with each exit within the window, up to the maximum', () => {
    const policy = restartPolicy({ baseDelayMs: 100, maxDelayMs: 1000, maxExits: 10 });
    const delays = [0, 1, 2, 3, 4, 5].map((i) => {
      const decision = policy.onExit(i * 1000);
      return decision.action === 'restart' ? decision.delayMs : undefined;
    });
    expect(delays).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('gives up past maxExits within the window', () => {
    const policy = restartPolicy({ maxExits: 3, windowMs: 10_000 });
    expect([1, 2, 3].map((t) => policy.onExit(t * 1000).action)).toEqual(['restart', 'restart', 'restart']);
    expect(policy.onExit(4000)).toEqual({ action: 'give-up', recentExits: 4, windowMs: 10_000 });
  });

  it('forgets exits older than the window', () => {
    const policy = restartPolicy({ maxExits: 2, windowMs: 10_000 });
    policy.onExit(0);
    policy.onExit(5000);
    expect(policy.onExit(12_000)).toMatchObject({ action: 'restart', recentExits: 2 });
    expect(policy.onExit(16_000)).toMatchObject({ action: 'restart', recentExits: 2 });
    expect(policy.onExit(17_000)).toMatchObject({ action: 'give-up', recentExits: 3 });
  });
});
