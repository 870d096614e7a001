/**
 * How far the gateway's heap may grow between full collections (`GATEWAY_HEAP_GROWTH_PERCENT`).
 * Under load the gateway allocates fast (every answer is parsed, merged and serialised), and V8's
 * own heuristic then grows the heap to several times the data that is actually alive: the
 * resident memory doubles for no throughput. A fixed growth factor keeps the heap near its live
 * size. The setting is V8's `--heap-growing-percent`, read at every collection, so it can be set
 * once the process runs (`NODE_OPTIONS` refuses it).
 */
import v8 from 'node:v8';

/** Applies the growth factor; 0 leaves V8's own heuristic in place. */
export function limitHeapGrowth(percent: number): void {
  if (!Number.isInteger(percent) || percent < 0) throw new RangeError(`heap growth must be a whole percentage, got ${percent}`);
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
