/** How the CLI prints check reports, tables and histories: one finding per line, plain text. */
import type { CheckReport, Issue } from '../src/checks/report.js';

/** One line per issue (a broken operation adds an indented line per operation). `file` prefixes SDL locations. */
export function issueLines(severity: 'error' | 'warning', issue: Issue, file?: string): string[] {
  switch (issue.kind) {
    case 'composition': {
      const where = issue.locations
        .map(({ line, column }) => `${file ? `${file}:` : ''}${line}:${column}`)
        .join(', ');
      return [`${severity} composition ${where ? `${where}: ` : ''}${issue.message}`];
    }
    case 'breaking':
    case 'dangerous':
      return [`${severity} ${issue.kind} ${issue.type}: ${issue.description}`];
    case 'loading':
      return [`${severity} loading: ${issue.message}`];
    case 'usage':
      return [
        `${severity} usage: ${issue.message}`,
        ...issue.operations.map((op) => `  ${op.name} (${op.client}): ${op.errors.join(' ')}`),
      ];
    case 'ownership':
      return [`${severity} ownership ${issue.rule}: ${issue.message}`];
  }
}

/** Every error, then every warning, of a report. */
export function reportLines(report: CheckReport, file?: string): string[] {
  return [
    ...report.errors.flatMap((issue) => issueLines('error', issue, file)),
    ...report.warnings.flatMap((issue) => issueLines('warning', issue, file)),
  ];
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Left-aligned columns under a header, separated by two spaces. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
