/**
 * The tables of the results, in markdown: one row per workload, operation, connection count and
 * gateway; the ratios of ours to the others; the targets; ours over the floor; and what the
 * subgraphs did for one request alone. Printed at the end of a run and written into the report.
 */
import type { BenchReport, Measurement, WorkloadInfo } from './model.js';

export const fixed = (value: number, digits: number) =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
const times = (value: number) => `${fixed(value, 2)}x`;
/** A count for one request alone: whole, or a pool's mean. */
const count = (value: number | undefined) =>
  value === undefined ? 'n/a' : Number.isInteger(value) ? String(value) : fixed(value, 1);

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function answerBytes(m: Measurement): string {
  const decoded = fixed(m.responseBytes, 0);
  const wire = fixed(m.wireBytes, 0);
  return wire === decoded ? decoded : `${wire} (${decoded} decoded)`;
}

export function resultsTable(report: Pick<BenchReport, 'measurements'>): string {
  return table(
    [
      'workload',
      'operation',
      'conns',
      'gateway',
      'req/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'max RSS MiB',
      'CPU ms/req',
      'subgraphs CPU ms/req',
      'upstream per req',
      'answer bytes',
      'req/s by round',
    ],
    report.measurements.map((m) => [
      m.workload,
      m.operation,
      String(m.connections),
      m.gateway,
      fixed(m.rps, 1),
      fixed(m.p50Ms, 1),
      fixed(m.p99Ms, 1),
      m.failed === 0 ? '0' : `${m.failed} (${m.errors} conn, ${m.non2xx} non-2xx, ${m.wrongAnswers} wrong)`,
      fixed(m.maxRssMiB, 0),
      fixed(m.cpuMsPerRequest, 2),
      Number.isFinite(m.subgraphCpuMsPerRequest) ? fixed(m.subgraphCpuMsPerRequest!, 2) : '-',
      fixed(m.upstreamPerRequest, 1),
      answerBytes(m),
      m.rounds.map((r) => fixed(r.rps, 0)).join(' / '),
    ]),
  );
}

/** `against`: the others (vanilla, hive...), or `ours` (each variant against ours with its defaults). */
export function ratiosTable(
  report: Pick<BenchReport, 'ratios'>,
  against: 'others' | 'ours' = 'others',
): string {
  const rows = report.ratios.filter((r) => (against === 'ours' ? r.versus === 'ours' : r.versus !== 'ours'));
  return table(
    ['workload', 'operation', 'conns', 'gateway', 'vs', 'req/s', 'p50', 'p99', 'CPU/req', 'max RSS', 'bytes'],
    rows.map((r) => [
      r.workload,
      r.operation,
      String(r.connections),
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

export function targetsTable(report: Pick<BenchReport, 'targets'>): string {
  return table(
    ['workload', 'operation', 'conns', 'target', 'measured', 'result'],
    report.targets.map((t) => [
      t.workload,
      t.operation,
      String(t.connections),
      t.target,
      t.measured === undefined ? 'n/a' : times(t.measured),
      t.status,
    ]),
  );
}

/** Ours's CPU per request over the floor's, at each connection count; empty without a floor. */
export function floorLines(report: Pick<BenchReport, 'measurements'>): string[] {
  return report.measurements
    .filter((f) => f.gateway === 'floor')
    .flatMap((f) => {
      const ours = report.measurements.find(
        (m) =>
          m.gateway === 'ours' &&
          m.workload === f.workload &&
          m.operation === f.operation &&
          m.connections === f.connections,
      );
      if (!ours) return [];
      return [
        `- ${f.workload} ${f.operation} at ${f.connections} connections: ours ${fixed(ours.cpuMsPerRequest, 2)} CPU ms/req, floor ${fixed(f.cpuMsPerRequest, 2)}: ` +
          `ours/floor **${times(ours.cpuMsPerRequest / f.cpuMsPerRequest)}** (floor ${fixed(f.rps, 0)} req/s, ours ${fixed(ours.rps, 0)}).`,
      ];
    });
}

/** One request alone, per operation and gateway: the workload's unit, or the subgraphs' requests and representations. */
export function aloneTable(w: WorkloadInfo): string {
  const fetches = w.fetchesPerRequest;
  const rows = Object.entries(w.upstreamPerRequest.byOperation).flatMap(([operation, counts]) =>
    Object.entries(counts).map(([gateway, n]) => {
      const f = fetches?.[operation]?.[gateway];
      return [
        operation,
        gateway,
        ...(fetches ? [count(f?.requests), count(f?.representations)] : [count(n)]),
      ];
    }),
  );
  return table(
    [
      'operation',
      'gateway',
      ...(fetches ? ['subgraph requests', 'entity representations'] : [w.upstreamPerRequest.unit]),
    ],
    rows,
  );
}
