import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { limitHeapGrowth } from './heap.js';

const churn = fileURLToPath(new URL('./testing/heapChurn.ts', import.meta.url));

/** The largest heap (MiB) of a process that allocates like a loaded gateway, with the given growth percentage. */
function largestHeapMiB(percent: number): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', churn, String(percent)], { encoding: 'utf8', env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' } });
  return Number(out.trim());
}

describe('GATEWAY_HEAP_GROWTH_PERCENT', () => {
  it("keeps an allocation-heavy process's heap well below what V8's own growth reserves", () => {
    const own = largestHeapMiB(0);
    const limited = largestHeapMiB(50);
    expect(own).toBeGreaterThan(0);
    expect(limited).toBeLessThan(own * 0.85);
  }, 60_000);

  it('refuses what is not a whole, non-negative percentage', () => {
    expect(() => limitHeapGrowth(-1)).toThrow(RangeError);
    expect(() => limitHeapGrowth(2.5)).toThrow(RangeError);
  });
});
