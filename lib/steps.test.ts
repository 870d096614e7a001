import { describe, expect, it } from 'vitest';
import { pacedSteps, runSteps } from './steps.js';

/** Busy for at least `ms` (a step that blocks, as building a supergraph does). */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

/** Three steps of 5 ms each; what happened outside between them is recorded. */
function* threeSteps(log: string[]): Generator<void, string> {
  for (const n of [1, 2, 3]) {
    busy(5);
    log.push(`step ${n}`);
    if (n < 3) yield;
  }
  return 'done';
}

describe('work in steps', () => {
  it('runs every step in one go, timing them', () => {
    const log: string[] = [];
    const run = runSteps(threeSteps(log));
    expect(run.value).toBe('done');
    expect(log).toEqual(['step 1', 'step 2', 'step 3']);
    expect(run.longestStepMs).toBeGreaterThanOrEqual(5);
    expect(run.busyMs).toBeGreaterThanOrEqual(15);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(run.busyMs);
  });

  it('lets timers run between steps, and paced, pauses after each as long as it took', async () => {
    const log: string[] = [];
    const ticker = setInterval(() => log.push('tick'), 0);
    try {
      const run = await pacedSteps(threeSteps(log), true);
      expect(run.value).toBe('done');
      // A request (here a timer) ran between every two steps.
      expect(log.join(',')).toMatch(/^step 1,(tick,)+step 2,(tick,)+step 3$/);
      // Two pauses as long as the 5 ms steps before them (timers fire to the millisecond, a little early at worst).
      expect(run.elapsedMs).toBeGreaterThanOrEqual(run.busyMs + 8);
    } finally {
      clearInterval(ticker);
    }
  });

  it('passes on what a step throws', async () => {
    function* failing(): Generator<void, never> {
      yield;
      throw new Error('refused');
    }
    expect(() => runSteps(failing())).toThrow('refused');
    await expect(pacedSteps(failing(), true)).rejects.toThrow('refused');
  });
});
