/**
 * `npm run bench:memory`: memory with many distinct operations. Starts the standard workload's
 * subgraphs, then our gateway and the vanilla one, one after the other, sends each
 * BENCH_MEMORY_OPERATIONS (default 10,000) distinct valid operations (bench/memory.ts), prints a
 * markdown table and writes bench/results/memory-latest.md and .json. The RSS should level off
 * once the caches keyed by operation are full: they are bounded. Options: BENCH_MEMORY_OPERATIONS,
 * BENCH_MEMORY_CONCURRENCY, BENCH_MEMORY_GATEWAYS (`ours,vanilla`), BENCH_OURS_ENV (e.g.
 * "GATEWAY_PLAN_CACHE_MIB=16").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../scripts/graph.js';
import { ours } from './gateways/ours.js';
import type { GatewayKind, RunningGateway } from './gateways/types.js';
import { stopGateway } from './gateways/types.js';
import { vanilla } from './gateways/vanilla.js';
import { createThrowawayKeys } from './keys.js';
import { machineInfo } from './machine.js';
import {
  distinctOperationsTables,
  measureDistinctOperations,
  type DistinctOperationsResult,
} from './memory.js';
import { readOptions } from './options.js';
import { root } from './process.js';
import { startStandardWorkload } from './workloads/standard.js';

process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
const started = performance.now();
const log = (line: string) =>
  console.log(`${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s  ${line}`);

function integer(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

const count = integer('BENCH_MEMORY_OPERATIONS', 10_000, 1, 10_000_000);
const concurrency = integer('BENCH_MEMORY_CONCURRENCY', 8, 1, 1000);
const kinds = (process.env['BENCH_MEMORY_GATEWAYS']?.trim() || 'ours,vanilla').split(',').map((name) => {
  const kind = [ours, vanilla].find((k) => k.name === name.trim());
  if (!kind) throw new Error(`BENCH_MEMORY_GATEWAYS: "${name}" is not one of ours, vanilla`);
  return kind;
});
const { oursEnv } = readOptions();
const machine = machineInfo();
log(
  `${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}; ${count} distinct operations per gateway, ${concurrency} in flight`,
);

const keys = await createThrowawayKeys();
const results: { gateway: string; description: string; result: DistinctOperationsResult }[] = [];
try {
  log("starting the standard workload's subgraphs");
  const workload = await startStandardWorkload();
  try {
    for (const kind of kinds as readonly GatewayKind[]) {
      const env = kind.name === 'ours' ? oursEnv : {};
      const gateway: RunningGateway = await kind.start({
        supergraphPath: workload.supergraphPath,
        port: await freePort(),
        keys,
        env,
      });
      log(`${kind.name} gateway up (pid ${gateway.process.pid})`);
      try {
        const result = await measureDistinctOperations({
          url: gateway.url,
          pid: gateway.process.pid,
          count,
          concurrency,
          templates: workload.operations,
          log: (line) => log(`[${kind.name}] ${line}`),
        });
        const description =
          kind.name === 'ours' && Object.keys(oursEnv).length > 0
            ? `${kind.description}; ${Object.entries(oursEnv)
                .map(([k, v]) => `${k}=${v}`)
                .join(' ')}`
            : kind.description;
        results.push({ gateway: kind.name, description, result });
      } catch (error) {
        const { exitCode, signalCode } = gateway.process.child;
        const exited =
          exitCode !== null || signalCode !== null ? ` (exited: code ${exitCode}, signal ${signalCode})` : '';
        console.error(`--- ${kind.name}'s last output${exited}:\n${gateway.process.output()}`);
        throw error;
      } finally {
        await stopGateway(gateway);
      }
    }
  } finally {
    await workload.dispose();
  }
} finally {
  keys.dispose();
}

const date = new Date().toISOString();
const notes = [
  `Each gateway, alone on the machine with the standard workload's subgraphs, answered ${count.toLocaleString('en-US')} distinct operations, ${concurrency} in flight: variants of TestQuery, each with its own name, \`__typename\` added to a different subset of its selection sets and, for one in three, its first root field aliased. Every answer was checked: HTTP 200, data, no errors.`,
  'Each one is a new document (parsed, validated, kept in the document store) and a new query plan (planned, kept in the plan store): what a client that never repeats itself costs.',
  'RSS is VmRSS (/proc/<pid>/status), read as the operations are answered; "before" and "after" are settled: after a warm-up (before) or the last answer (after), a full garbage collection forced through the inspector (SIGUSR1, then HeapProfiler.collectGarbage), and "heap used" is the V8 heap in use right after it.',
  '"growth, 2nd half": RSS at the last step minus RSS at the middle one, as answered; near 0 once the caches are full.',
];
const markdown = [
  `# Memory with distinct operations, ${date}`,
  '',
  `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}.`,
  '',
  distinctOperationsTables(results),
  '',
  '## Gateways',
  '',
  '| gateway | how it runs |',
  '| --- | --- |',
  ...results.map((r) => `| ${r.gateway} | ${r.description} |`),
  '',
  '## Notes',
  '',
  ...notes.map((n) => `- ${n}`),
  '',
].join('\n');
console.log(`\n${distinctOperationsTables(results)}\n`);
const dir = path.join(root, 'bench/results');
mkdirSync(dir, { recursive: true });
const files: [string, string][] = [
  ['memory-latest.md', markdown],
  [
    'memory-latest.json',
    `${JSON.stringify({ date, machine, count, concurrency, results, notes }, null, 2)}\n`,
  ],
];
for (const [name, text] of files) {
  writeFileSync(path.join(dir, name), text);
  log(`wrote ${path.join('bench/results', name)}`);
}
log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
