/** Prometheus metrics with prom-client: one registry per process, served at `GET /metrics`. */
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';

export interface SubgraphMetrics {
  readonly registry: Registry;
  /** `integra_sql_statements_total{subgraph}`: every SQL statement the subgraph executes. */
  readonly sqlStatements: Counter<'subgraph'>;
  /** Counts one statement for this subgraph. */
  countStatement(): void;
}

/** Metrics for one subgraph process. `defaults` adds Node's process metrics. */
export function createSubgraphMetrics(subgraph: string, defaults = true): SubgraphMetrics {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry, prefix: 'integra_' });
  const sqlStatements = new Counter({
    name: 'integra_sql_statements_total',
    help: 'SQL statements executed by the subgraph',
    labelNames: ['subgraph'] as const,
    registers: [registry],
  });
  const labelled = sqlStatements.labels({ subgraph });
  return { registry, sqlStatements, countStatement: () => labelled.inc() };
}

/** Reads the current value of a counter from a Prometheus text exposition, summing matching series. */
export function readCounter(exposition: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of exposition.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^(\w+)(\{([^}]*)\})?\s+([0-9.eE+-]+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const seriesLabels = Object.fromEntries(
      (match[3] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair): [string, string] => {
          const [key = '', value = ''] = pair.split('=');
          return [key, value.replace(/^"|"$/g, '')];
        }),
    );
    if (Object.entries(labels).every(([k, v]) => seriesLabels[k] === v)) total += Number(match[4]);
  }
  return total;
}
