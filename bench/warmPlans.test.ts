import { describe, expect, it } from 'vitest';
import type { PublishResult, PublishRound } from './publish.js';
import { afterPublish } from './publishReport.js';
import { publishTarget } from './warmPlans.js';

const window = (p50Ms: number, p99Ms: number) => ({ answers: 100, p50Ms, p99Ms, maxMs: p99Ms });

const round = (setting: string, n: number, steadyP50: number, firstSecondP99: number): PublishRound => ({
  setting,
  round: n,
  steady: window(steadyP50, steadyP50 * 3),
  publishToSwapMs: 500,
  swapMs: 150,
  beforeSwap: window(40, 90),
  afterSwap: window(60, firstSecondP99),
  failed: 0,
});

const result = (rounds: PublishRound[]): PublishResult => ({
  settings: [
    { name: 'warm plans on', env: { GATEWAY_WARM_PLANS: 'true' } },
    { name: 'warm plans off', env: { GATEWAY_WARM_PLANS: 'false' } },
  ],
  rounds,
  warmLogs: {},
  operations: ['RegionDashboard'],
  mix: 'workload',
  connections: 10,
});

describe('the warm-plans target', () => {
  it("takes each setting's medians over its rounds, never another setting's", () => {
    const measured = result([
      round('warm plans on', 1, 30, 50),
      round('warm plans off', 1, 10, 900),
      round('warm plans on', 2, 40, 70),
      round('warm plans on', 3, 35, 300),
    ]);
    expect(afterPublish(measured, 'warm plans on')).toEqual({
      steadyP50Ms: 35,
      steadyP99Ms: 105,
      firstSecondP99Ms: 70,
      ratio: 2,
      overSteadyP99: 70 / 105,
    });
    expect(publishTarget(measured)).toMatchObject({ status: 'met', measured: 2, connections: 10 });
  });

  it('is missed over twice the steady p50, and not measured without a publish', () => {
    const slow = result([round('warm plans on', 1, 30, 61), round('warm plans off', 1, 30, 20)]);
    expect(publishTarget(slow).status).toBe('missed');
    expect(publishTarget(undefined)).toMatchObject({ status: 'not measured' });
    expect(publishTarget(undefined)).not.toHaveProperty('measured');
  });
});
