/**
 * The results (tables.ts), printed at the end of a run and written to `bench/results/` as
 * markdown and JSON (`latest.*` and a dated copy): settings, results, targets, floor, ratios,
 * gateways, workloads and notes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchReport, WorkloadInfo } from './model.js';
import { root } from './process.js';
import { publishTables } from './publishReport.js';
import { aloneTable, fixed, floorLines, ratiosTable, resultsTable, table, targetsTable } from './tables.js';

function workloadSection(w: WorkloadInfo): string {
  const peaks = Object.entries(w.peakRssMiB)
    .map(([name, mib]) => `${name} ${fixed(mib ?? Number.NaN, 0)} MiB`)
    .join(', ');
  return [
    `### ${w.name}: ${w.title}`,
    '',
    `Peak RSS over the whole workload (VmHWM): ${peaks}.`,
    '',
    `For one request alone (no concurrency), what the subgraphs received (${
      w.fetchesPerRequest
        ? 'HTTP requests, and the entity representations in them: every `_entities` field of every operation'
        : w.upstreamPerRequest.unit
    }; "upstream per req" under load counts ${w.upstreamPerRequest.unit}):`,
    '',
    aloneTable(w),
    '',
    ...w.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

export function markdown(report: BenchReport): string {
  const { machine, options } = report;
  const gatewayRows = report.gateways.map((g) => [
    g.name,
    g.description,
    Object.entries(g.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', '),
  ]);
  const floor = floorLines(report);
  return [
    `# Gateway benchmark, ${report.date}`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}. ` +
      `Load average at start ${machine.loadAverageAtStart.join(' / ')}, at end ${report.loadAverageAtEnd.join(' / ')}.`,
    '',
    `Settings: ${options.rounds} interleaved rounds (${report.gateways.map((g) => g.name).join(', ')}) of ${options.durationS} s per gateway, operation and connection count, ` +
      `at ${options.connections.join(' and ')} connections (autocannon, loopback), ${options.warmupS} s warm-up each. Total time ${fixed(report.totalSeconds, 0)} s.`,
    '',
    '## Results',
    '',
    resultsTable(report),
    '',
    '## Targets',
    '',
    "On the standard deep query and the distinct mix, at each connection count: ratio of the two gateways named, from the rows above; after a publish: the first second's p99 over the steady p50 (below).",
    '',
    targetsTable(report),
    '',
    ...(report.publish
      ? [
          '## A publish under load',
          '',
          `Our gateway following a registry, warm plans on and off, under ${report.publish.connections} connections of ${report.publish.operations.join(' and ')}; a changed supergraph published each round (\`npm run bench:publish\` measures more). The target is on the first second after the swap.`,
          '',
          publishTables(report.publish),
          '',
        ]
      : []),
    ...(floor.length > 0
      ? [
          '## Floor',
          '',
          "CPU per request of ours over the floor's (ours's HTTP stack answering from memory): what GraphQL costs beyond receiving a request and sending its answer.",
          '',
          ...floor,
          '',
        ]
      : []),
    '## Ours compared',
    '',
    'ours / other: above 1 is better for req/s, worse for latency, CPU per request and memory. A variant with deduplication off is set beside the others with it off, and vanilla.',
    '',
    ratiosTable(report),
    '',
    ...(report.ratios.some((r) => r.versus === 'ours')
      ? [
          '## Each setting against ours',
          '',
          'A variant of ours / ours with its defaults, same rounds: what one setting is worth, and how the gateway scales.',
          '',
          ratiosTable(report, 'ours'),
          '',
        ]
      : []),
    '## Gateways',
    '',
    table(['gateway', 'how it runs', 'versions'], gatewayRows),
    '',
    '## Workloads',
    '',
    ...report.workloads.map(workloadSection),
    '## Notes',
    '',
    ...report.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

/** What `npm run bench` prints at the end: the results, the targets, the ratios and the floor. */
export function printed(report: BenchReport): string {
  return [
    resultsTable(report),
    targetsTable(report),
    ratiosTable(report),
    ...(report.ratios.some((r) => r.versus === 'ours') ? [ratiosTable(report, 'ours')] : []),
    ...(floorLines(report).length > 0 ? [floorLines(report).join('\n')] : []),
    ...(report.publish ? [publishTables(report.publish)] : []),
  ].join('\n\n');
}

/** Writes `latest.md`, `latest.json` and dated copies into `bench/results/`; returns the paths written. */
export function writeResults(report: BenchReport): string[] {
  const dir = path.join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = report.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const md = markdown(report);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const files: [string, string][] = [
    ['latest.md', md],
    ['latest.json', json],
    [`${stamp}.md`, md],
    [`${stamp}.json`, json],
  ];
  return files.map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
}
