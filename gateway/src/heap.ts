/**
 * How far the gateway's heap may grow between full collections (`GATEWAY_HEAP_GROWTH_PERCENT`).
 * Under load the gateway allocates fast (every answer is parsed, merged and serialised), and V8's
 * own heuristic then grows the heap to several times the data that is actually alive: the
 * resident memory doubles for no throughput. A fixed growth factor keeps the heap near its live
 * size. The setting is V8's `--heap-growing-percent`, read at every collection, so it can be set
 * once the process runs (`NODE_OPTIONS` refuses it).
 */
import v8 from 'node:v8';

/**
 * Node flags every launcher of the gateway passes (`npm run gateway`, `npm start`, the
 * benchmark; cluster workers inherit them). `--max-semi-space-size=4`: a young generation of
 * 4 MiB semi-spaces instead of V8's 16, which the gateway's short-lived per-request garbage
 * never needed; it cuts peak RSS under load by about 20 MiB at the same throughput (see the
 * README's benchmark). Unlike the growth factor, V8 reads it only when the heap is created.
 */
export const GATEWAY_NODE_FLAGS = ['--max-semi-space-size=4'] as const;

/** Applies the growth factor; 0 leaves V8's own heuristic in place. */
export function limitHeapGrowth(percent: number): void {
  if (!Number.isInteger(percent) || percent < 0) throw new RangeError(`heap growth must be a whole percentage, got ${percent}`);
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
