/**
 * How far the gateway's heap may grow between full collections (`GATEWAY_HEAP_GROWTH_PERCENT`).
 * Under load the gateway allocates fast (every answer is parsed, merged and serialised), and V8's
 * own heuristic then grows the heap to several times the data that is actually alive: the
 * resident memory doubles for no throughput. A fixed growth factor keeps the heap near its live
 * size. The setting is V8's `--heap-growing-percent`, read at every collection, so it can be set
 * once the process runs (`NODE_OPTIONS` refuses it).
 */
import v8 from 'node:v8';

/** `GATEWAY_SEMI_SPACE_MIB` when unset. */
export const DEFAULT_SEMI_SPACE_MIB = 32;

/**
 * The Node flags a gateway process is launched with (`npm run gateway`, `npm start`, the benchmark;
 * cluster workers inherit them), from `GATEWAY_SEMI_SPACE_MIB`: V8's `--max-semi-space-size`, a
 * young generation of 32 MiB semi-spaces instead of V8's 16. Each request in flight holds its
 * parsed answers, merged entities and result until it is sent; with tens of requests in flight a
 * small young generation promotes them to the old one, whose collections then dominate. Larger
 * semi-spaces let them die young: fewer and cheaper collections for some 30 MiB more resident
 * memory (see docs/benchmark.md, `ours-semispace`). 0 leaves it to V8. Unlike the growth factor,
 * V8 reads it only when the heap is created, so it must be on the command line. The launcher
 * passes the environment it starts the gateway with: in the gateway, only `config.ts` reads
 * `process.env`.
 */
export function gatewayNodeFlags(env: Readonly<Record<string, string | undefined>>): string[] {
  const raw = env['GATEWAY_SEMI_SPACE_MIB']?.trim();
  const mib = raw ? Number(raw) : DEFAULT_SEMI_SPACE_MIB;
  if (!Number.isInteger(mib) || mib < 0 || mib > 1024) {
    throw new RangeError(`GATEWAY_SEMI_SPACE_MIB must be a whole number of MiB from 0 to 1024, got "${raw}"`);
  }
  return mib === 0 ? [] : [`--max-semi-space-size=${mib}`];
}

/** Applies the growth factor; 0 leaves V8's own heuristic in place. */
export function limitHeapGrowth(percent: number): void {
  if (!Number.isInteger(percent) || percent < 0)
    throw new RangeError(`heap growth must be a whole percentage, got ${percent}`);
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
