/** Every workload by name, started the same way by the benchmark and the profiler. */
import type { ThrowawayKeys } from '../keys.js';
import { startDistinctWorkload } from './distinct.js';
import { startDomainWorkload } from './domain.js';
import { startStandardWorkload } from './standard.js';
import type { RunningWorkload, WorkloadName } from './types.js';

export function startWorkload(name: WorkloadName, keys: ThrowawayKeys): Promise<RunningWorkload> {
  switch (name) {
    case 'standard':
      return startStandardWorkload();
    case 'domain':
      return startDomainWorkload(keys);
    case 'distinct':
      return startDistinctWorkload(keys);
  }
}
