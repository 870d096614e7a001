/**
 * The results: one row per workload, operation and gateway (rounds added up), the ratios of ours to
 * the others, printed as a table and written to `bench/results/` as markdown and JSON (`latest.*`
 * and a dated copy).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchReport } from './model.js';
import { root } from './process.js';

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const times = (value: number) => `${fixed(value, 2)}x`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function resultsTable(report: Pick<BenchReport, 'measurements'>): string {
  return table(
    [
      'workload',
      'operation',
      'gateway',
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'max RSS MiB',
      'CPU ms/req',
      'upstream per req',
      'answer bytes',
      'req/s by round',
    ],
    report.measurements.map((m) => [
      m.workload,
      m.operation,
      m.gateway,
      fixed(m.rps, 1),
      fixed(m.p50Ms, 1),
      fixed(m.p99Ms, 1),
      m.failed === 0 ? '0' : `${m.failed} (${m.errors} conn, ${m.non2xx} non-2xx, ${m.wrongAnswers} wrong)`,
      fixed(m.maxRssMiB, 0),
      fixed(m.cpuMsPerRequest, 2),
      fixed(m.upstreamPerRequest, 1),
      m.wireBytes === m.responseBytes
        ? String(m.responseBytes)
        : `${m.wireBytes} (${m.responseBytes} decoded)`,
      m.rounds.map((r) => fixed(r.rps, 0)).join(' / '),
    ]),
  );
}

/** `against`: the others (vanilla, hive), or `ours` (each variant against ours with its defaults). */
export function ratiosTable(
  report: Pick<BenchReport, 'ratios'>,
  against: 'others' | 'ours' = 'others',
): string {
  const rows = report.ratios.filter((r) => (against === 'ours' ? r.versus === 'ours' : r.versus !== 'ours'));
  return table(
    ['workload', 'operation', 'gateway', 'vs', 'req/s', 'p50', 'p99', 'CPU/req', 'max RSS', 'bytes'],
    rows.map((r) => [
      r.workload,
      r.operation,
      r.gateway,
      r.versus,
      times(r.rps),
      times(r.p50),
      times(r.p99),
      times(r.cpuPerRequest),
      times(r.maxRss),
      times(r.wireBytes),
    ]),
  );
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
  const workloadSections = report.workloads.map((w) => {
    const peaks = Object.entries(w.peakRssMiB)
      .map(([name, mib]) => `${name} ${fixed(mib ?? Number.NaN, 0)} MiB`)
      .join(', ');
    const upstream = Object.entries(w.upstreamPerRequest.byOperation)
      .map(
        ([operation, counts]) =>
          `${operation}: ${Object.entries(counts)
            .map(([name, n]) => `${name} ${n}`)
            .join(', ')}`,
      )
      .join('; ');
    return [
      `- **${w.name}**: ${w.title}. Peak RSS over the whole workload (VmHWM): ${peaks}.`,
      `  - "upstream per req" counts ${w.upstreamPerRequest.unit}. For one request alone (no concurrency): ${upstream}.`,
      ...w.notes.map((n) => `  - ${n}`),
    ].join('\n');
  });
  return [
    `# Gateway benchmark, ${report.date}`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}. ` +
      `Load average at start ${machine.loadAverageAtStart.join(' / ')}, at end ${report.loadAverageAtEnd.join(' / ')}.`,
    '',
    `Settings: ${options.rounds} interleaved rounds (${report.gateways.map((g) => g.name).join(', ')}) of ${options.durationS} s per gateway and operation, ` +
      `${options.connections} connections (autocannon, loopback), ${options.warmupS} s warm-up each. Total time ${fixed(report.totalSeconds, 0)} s.`,
    '',
    '## Results',
    '',
    resultsTable(report),
    '',
    '## Ours compared',
    '',
    'ours / other: above 1 is better for req/s, worse for latency, CPU per request and memory.',
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
    ...workloadSections,
    '',
    '## Notes',
    '',
    ...report.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
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
