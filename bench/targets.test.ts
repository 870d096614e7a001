import { describe, expect, it } from 'vitest';
import type { Measurement } from './model.js';
import { checkTargets } from './targets.js';

const measurement = (gateway: string, connections: number, rps: number): Measurement => ({
  workload: 'standard',
  operation: 'TestQuery',
  connections,
  gateway,
  rps,
  p50Ms: 1,
  p99Ms: 1,
  requests: 1,
  errors: 0,
  non2xx: 0,
  wrongAnswers: 0,
  failed: 0,
  maxRssMiB: 100,
  upstreamPerRequest: 1,
  cpuMsPerRequest: 1,
  responseBytes: 1,
  wireBytes: 1,
  rounds: [],
});

describe('checkTargets', () => {
  it('says met, missed or not measured, at each connection count', () => {
    const results = checkTargets([
      measurement('ours', 20, 300),
      measurement('vanilla', 20, 100),
      measurement('ours', 50, 200),
      measurement('vanilla', 50, 100),
    ]);
    const throughput = results.filter((r) => r.target === 'ours req/s ≥ 3x vanilla');
    expect(throughput.map((r) => [r.connections, r.status, r.measured])).toEqual([
      [20, 'met', 3],
      [50, 'missed', 2],
    ]);
    expect(results.find((r) => r.target === 'ours req/s ≥ hive-rust')?.status).toBe('not measured');
    expect(results.find((r) => r.target === 'ours max RSS ≤ vanilla')?.status).toBe('met');
  });
});
