/**
 * `npm run bench:profile`: one gateway (BENCH_PROFILE_GATEWAY, default `ours`) on one workload
 * (BENCH_PROFILE_WORKLOAD, default `standard`) under `node --cpu-prof`: verified, warmed up, loaded for BENCH_DURATION_S (default 10)
 * at the first count of BENCH_CONNECTIONS, then stopped. Prints the top self-time functions and
 * places during the load, and writes them to `bench/results/profile-<gateway>-<workload>.md`; the raw `.cpuprofile`
 * stays in `bench/results/tmp/` (ignored by git; open it in Chrome DevTools).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../scripts/graph.js';
import { summarizeProfile, type SelfTime } from './cpuprofile.js';
import { gateways } from './gateways/index.js';
import { GATEWAY_NAMES } from './gateways/types.js';
import { createThrowawayKeys } from './keys.js';
import { runLoad } from './load.js';
import { readOptions } from './options.js';
import { root } from './process.js';
import { verifyAnswers } from './verify.js';
import { startWorkload } from './workloads/index.js';
import { WORKLOAD_NAMES, type WorkloadName } from './workloads/types.js';

process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
const name = process.env['BENCH_PROFILE_GATEWAY']?.trim() || 'ours';
if (!(GATEWAY_NAMES as readonly string[]).includes(name))
  throw new Error(`BENCH_PROFILE_GATEWAY must be one of ${GATEWAY_NAMES.join(', ')}`);
const kind = gateways.find((g) => g.name === name);
if (!kind) throw new Error(`no gateway ${name}`);
const options = readOptions();
const workloadName = (process.env['BENCH_PROFILE_WORKLOAD']?.trim() || 'standard') as WorkloadName;
if (!WORKLOAD_NAMES.includes(workloadName))
  throw new Error(`BENCH_PROFILE_WORKLOAD must be one of ${WORKLOAD_NAMES.join(', ')}`);
/** The first of BENCH_CONNECTIONS. */
const connections = options.connections[0] ?? 50;
const profileDir = path.join(root, 'bench/results/tmp', `profile-${name}-${Date.now()}`);
mkdirSync(profileDir, { recursive: true });
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

const keys = await createThrowawayKeys();
const workload = await startWorkload(workloadName, keys);
let windowUs: [number, number];
let rps: number;
try {
  const env = name === 'ours' ? options.oursEnv : {};
  const gateway = await kind.start({
    supergraphPath: workload.supergraphPath,
    port: await freePort(),
    keys,
    cpuProfileDir: profileDir,
    env,
  });
  try {
    const verified = await verifyAnswers([gateway], workload.operations);
    const operation = workload.operations[0];
    const answer = operation && verified.get(operation.name)?.get(name);
    if (!operation || !answer) throw new Error('no verified answer');
    const load = (durationS: number) =>
      runLoad({
        urls: [gateway.url],
        requests: answer.requests,
        connections,
        durationS,
        pids: () => [gateway.process.pid],
      });
    await load(options.warmupS);
    const start = nowUs();
    const result = await load(options.durationS);
    windowUs = [start, nowUs()];
    rps = result.rps;
    console.log(
      `${name} under --cpu-prof: ${result.rps.toFixed(1)} req/s, ${result.errors + result.non2xx + result.wrongAnswers} failed`,
    );
  } finally {
    await gateway.process.stop();
  }
} finally {
  await workload.dispose();
  keys.dispose();
}

const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no .cpuprofile in ${profileDir}: the gateway did not exit cleanly`);
const summary = summarizeProfile(path.join(profileDir, file), windowUs);
const rows = (list: readonly SelfTime[]) =>
  list.map((t) => `| ${t.percent.toFixed(1)}% | ${t.ms.toFixed(0)} | \`${t.name.replace(/\|/g, '\\|')}\` |`);
const md = [
  `# CPU profile: ${name} on the ${workloadName} workload, ${new Date().toISOString()}`,
  '',
  `${options.durationS} s of load at ${connections} connections under \`node --cpu-prof\` (${rps.toFixed(1)} req/s; profiling slows it), ` +
    `after ${options.warmupS} s of warm-up. Self time ${summary.windowed ? 'during the load only' : 'over the whole process (the load window matched no sample)'}: ${summary.totalMs.toFixed(0)} ms.`,
  `Raw profile: \`${path.relative(root, path.join(profileDir, file))}\` (not committed).`,
  '',
  '## Self time by place',
  '',
  '| share | ms | where |',
  '| --- | --- | --- |',
  ...rows(summary.byLocation),
  '',
  '## Top functions by self time',
  '',
  '| share | ms | function |',
  '| --- | --- | --- |',
  ...rows(summary.byFunction),
  '',
].join('\n');
const out = path.join(root, 'bench/results', `profile-${name}-${workloadName}.md`);
writeFileSync(out, md);
console.log(`\n${md}\nwrote ${out}`);
