/**
 * A child process for heap.test.ts: applies GATEWAY_HEAP_GROWTH_PERCENT's mechanism with the
 * percentage given as argument, then allocates as a gateway under load does (short-lived objects,
 * a slowly growing live set) and prints the largest heap V8 reserved meanwhile, in MiB.
 */
import { limitHeapGrowth } from '../heap.js';

limitHeapGrowth(Number(process.argv[2]));
const live: unknown[] = [];
let largest = 0;
for (let i = 0; i < 400; i++) {
  const garbage = Array.from({ length: 20_000 }, (_, j) => ({ j, text: `item ${j}`, pair: [j, j + 1] }));
  if (i % 10 === 0) live.push(garbage.slice(0, 2000));
  largest = Math.max(largest, process.memoryUsage().heapTotal);
}
console.log(Math.round(largest / 2 ** 20));
