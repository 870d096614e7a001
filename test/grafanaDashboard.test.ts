/**
 * docs/grafana/integra.json, the operators' dashboard, against the code: every panel queries the
 * `${datasource}` variable, and every metric and label its PromQL names is one a process exports,
 * declared with prom-client under gateway/src or lib, or one of prom-client's default metrics under
 * the prefix the processes collect them with. A renamed metric fails here, not as an empty panel.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dashboard = JSON.parse(readFileSync(path.join(root, 'docs/grafana/integra.json'), 'utf8'));

const CORE_PANELS = new Set(['timeseries', 'stat', 'table', 'state-timeline', 'bargauge']);
/** Labels Prometheus adds to every series it scrapes. */
const TARGET_LABELS = ['job', 'instance'];

// ---- What the code exports -------------------------------------------------------------------

interface Exported {
  readonly type: string;
  readonly labels: ReadonlySet<string>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sourceFiles(file);
    return entry.name.endsWith('.ts') && !/\.(test|e2e)\.ts$/.test(entry.name) ? [file] : [];
  });
}
const sources = ['gateway/src', 'lib'].flatMap((dir) => sourceFiles(path.join(root, dir)));

/** The text from the `{` at `open` to its matching `}`, string literals skipped. */
function objectAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(open, i + 1);
  }
  throw new Error(`unbalanced braces at ${open}`);
}

const quoted = (list: string) => [...list.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]!);

/**
 * Metrics declared as `new Counter|Gauge|Histogram|Summary({ name: '...', labelNames: [...] })`, or
 * through a helper `const h = (name: string, ...) => new Histogram({ name, ... })` called as
 * `h('integra_...', ...)` (demand control's cost histograms).
 */
function declaredMetrics(): Map<string, Exported> {
  const found = new Map<string, Exported>();
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/new (Counter|Gauge|Histogram|Summary)\b(?:<[^>]*>)?\(\s*\{/g)) {
      const body = objectAt(text, m.index + m[0].length - 1);
      const labels = quoted(/\blabelNames:\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '');
      const literal = /\bname:\s*['"]([^'"]+)['"]/.exec(body)?.[1];
      const helper = /const (\w+) = \(\s*name\b[^)]*\)[^=]*=>\s*$/.exec(text.slice(0, m.index))?.[1];
      const names = literal
        ? [literal]
        : helper
          ? [...text.matchAll(new RegExp(`\\b${helper}\\(\\s*['"]([^'"]+)['"]`, 'g'))].map((c) => c[1]!)
          : [];
      const where = `${path.relative(root, file)}:${text.slice(0, m.index).split('\n').length}`;
      if (names.length === 0) throw new Error(`cannot read the name of the ${m[1]} at ${where}`);
      for (const name of names) {
        const labelSet = new Set([...(found.get(name)?.labels ?? []), ...labels]);
        found.set(name, { type: m[1]!, labels: labelSet });
      }
    }
  }
  return found;
}

/** prom-client's default metrics under each prefix the code collects them with, with their labels. */
async function defaultMetrics(): Promise<Map<string, Exported>> {
  const prefixes = new Set(
    sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/collectDefaultMetrics\(([^)]*)\)/g)].map(
        (m) => /\bprefix:\s*['"]([^'"]*)['"]/.exec(m[1]!)?.[1] ?? '',
      ),
    ),
  );
  const found = new Map<string, Exported>();
  for (const prefix of prefixes) {
    const register = new Registry();
    collectDefaultMetrics({ register, prefix });
    for (const metric of await register.getMetricsAsJSON()) {
      const labels = new Set(metric.values.flatMap((v) => Object.keys(v.labels)));
      const type = String(metric.type);
      found.set(metric.name, { type, labels });
      if (type === 'histogram') {
        found.set(`${metric.name}_bucket`, { type, labels: new Set([...labels, 'le']) });
        found.set(`${metric.name}_sum`, { type, labels });
        found.set(`${metric.name}_count`, { type, labels });
      }
    }
    register.clear();
  }
  return found;
}

async function exportedMetrics(): Promise<(name: string) => Exported | undefined> {
  const declared = declaredMetrics();
  const defaults = await defaultMetrics();
  return (name) => {
    const own = declared.get(name);
    if (own) return own;
    const [, base, suffix] = /^(.*)_(bucket|sum|count)$/.exec(name) ?? [];
    const series = base ? declared.get(base) : undefined;
    if (series && (series.type === 'Histogram' || (series.type === 'Summary' && suffix !== 'bucket'))) {
      return {
        type: series.type,
        labels: new Set([...series.labels, ...(suffix === 'bucket' ? ['le'] : [])]),
      };
    }
    return defaults.get(name);
  };
}

// ---- What the dashboard queries --------------------------------------------------------------

const AGGREGATIONS =
  'sum min max avg group stddev stdvar count count_values bottomk topk quantile limitk limit_ratio';
const FUNCTIONS = `abs absent absent_over_time ceil changes clamp clamp_max clamp_min day_of_month day_of_week
  day_of_year days_in_month delta deriv exp floor histogram_avg histogram_count histogram_fraction
  histogram_quantile histogram_stddev histogram_stdvar histogram_sum holt_winters double_exponential_smoothing
  hour idelta increase irate label_join label_replace ln log2 log10 minute month predict_linear rate resets
  round scalar sgn sort sort_desc sort_by_label sort_by_label_desc sqrt time timestamp vector year
  avg_over_time min_over_time max_over_time sum_over_time count_over_time quantile_over_time
  stddev_over_time stdvar_over_time last_over_time present_over_time mad_over_time acos acosh asin asinh
  atan atanh cos cosh sin sinh tan tanh deg rad pi`;
const AGGREGATION = new Set(AGGREGATIONS.split(' '));
const CALLABLE = new Set([...AGGREGATION, ...FUNCTIONS.split(/\s+/)]);
const GROUPING = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);
const KEYWORDS = new Set(['bool', 'and', 'or', 'unless', 'offset', 'atan2', 'inf', 'nan']);

interface Token {
  readonly kind: 'ident' | 'string' | 'number' | 'range' | 'var' | 'punct';
  readonly text: string;
}

function tokenize(expr: string): Token[] {
  const rule =
    /\s+|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)|(\[[^\]]*\])|(\$\{[^}]*\}|\$\w+)|([a-zA-Z_:][a-zA-Z0-9_:]*)|([0-9.][\w.]*)|(.)/gy;
  const kinds = ['string', 'range', 'var', 'ident', 'number', 'punct'] as const;
  const tokens: Token[] = [];
  for (const m of expr.matchAll(rule)) {
    const at = kinds.findIndex((_, i) => m[i + 1] !== undefined);
    if (at >= 0) tokens.push({ kind: kinds[at]!, text: m[at + 1]! });
  }
  return tokens;
}

interface Query {
  /** Each selector: its metric and the labels its matchers name. */
  readonly selectors: { readonly metric: string; readonly labels: readonly string[] }[];
  /** Each `by (...)`, `without (...)`, `on (...)`...: its labels and the metrics they must be labels of. */
  readonly groupings: { readonly labels: readonly string[]; readonly metrics: readonly string[] }[];
}

/** The metrics and labels of a PromQL expression (functions, keywords and variables skipped). */
function readQuery(expr: string): Query {
  const tokens = tokenize(expr);
  const closing = new Map<number, number>();
  const opened: number[] = [];
  tokens.forEach((t, i) => {
    if (t.text === '(') opened.push(i);
    if (t.text === ')') closing.set(opened.pop() ?? -1, i);
  });
  const selectors: { metric: string; labels: string[]; at: number }[] = [];
  const groupings: { labels: string[]; from: number; to: number }[] = [];
  /** The labels of the matchers opening at `open` (their values are strings, never identifiers). */
  const matchers = (open: number) => {
    const labels: string[] = [];
    let i = open + 1;
    for (; i < tokens.length && tokens[i]!.text !== '}'; i++) {
      if (tokens[i]!.kind === 'ident') labels.push(tokens[i]!.text);
    }
    return { labels, end: i };
  };
  for (let i = 0; i < tokens.length; i++) {
    const { kind, text } = tokens[i]!;
    const next = tokens[i + 1];
    if (text === '{') throw new Error(`a selector without a metric name in ${expr}`);
    if (kind !== 'ident') continue;
    if (GROUPING.has(text)) {
      if (next?.text !== '(') continue; // group_left without labels
      const end = closing.get(i + 1)!;
      const labels = tokens.slice(i + 2, end).flatMap((t) => (t.kind === 'ident' ? [t.text] : []));
      if (text === 'by' || text === 'without') {
        // `sum by (x) (...)`, or `sum (...) by (x)`: the group right after the labels, or right before `by`.
        const before = tokens[i - 1]?.text === ')' ? [...closing].find(([, c]) => c === i - 1) : undefined;
        const [from, to] = before ?? [end + 1, closing.get(end + 1) ?? end + 1];
        groupings.push({ labels, from, to });
      } else groupings.push({ labels, from: 0, to: tokens.length });
      i = end;
    } else if (next?.text === '(') {
      if (!CALLABLE.has(text)) throw new Error(`unknown PromQL function ${text} in ${expr}`);
    } else if (AGGREGATION.has(text) && (next?.text === 'by' || next?.text === 'without')) {
      continue; // `sum by (x) (...)`
    } else if (!KEYWORDS.has(text)) {
      const selector = { metric: text, labels: [] as string[], at: i };
      if (next?.text === '{') {
        const { labels, end } = matchers(i + 1);
        selector.labels = labels;
        i = end;
      }
      selectors.push(selector);
    }
  }
  return {
    selectors: selectors.map(({ metric, labels }) => ({ metric, labels })),
    groupings: groupings.map(({ labels, from, to }) => ({
      labels,
      metrics: selectors.filter((s) => s.at > from && s.at < to).map((s) => s.metric),
    })),
  };
}

interface Panel {
  readonly id?: number;
  readonly type?: string;
  readonly title?: string;
  readonly panels?: Panel[];
  readonly targets?: { datasource?: { type?: string; uid?: string }; expr?: string; legendFormat?: string }[];
  readonly fieldConfig?: {
    defaults?: { mappings?: { type: string; options: Record<string, { text: string }> }[] };
  };
}
const allPanels: Panel[] = (dashboard.panels as Panel[]).flatMap((p) => [p, ...(p.panels ?? [])]);
const queryPanels = allPanels.filter((p) => p.type !== 'row');
const variables: { name: string; type: string; query: unknown; definition?: string }[] =
  dashboard.templating.list;

/** Every PromQL query: the panels' targets and the variables' `label_values(metric, label)`. */
const queries = [
  ...queryPanels.flatMap((p) =>
    (p.targets ?? []).map((t) => ({
      where: `panel "${p.title}"`,
      expr: t.expr ?? '',
      legend: t.legendFormat,
    })),
  ),
  ...variables
    .filter((v) => v.type === 'query')
    .map((v) => {
      const [, metric, label] = /^label_values\((\w+),\s*(\w+)\)$/.exec(v.definition ?? '') ?? [];
      return { where: `variable ${v.name}`, expr: `max by (${label}) (${metric})`, legend: undefined };
    }),
];

// ---- The checks ------------------------------------------------------------------------------

describe('readQuery', () => {
  it('finds metrics and labels, not functions, keywords, variables or durations', () => {
    const query = readQuery(
      'histogram_quantile(0.95, sum by (le, subgraph) (rate(a_bucket{subgraph=~"$subgraph", x!="y"}[$__rate_interval])))' +
        ' / on (subgraph) sum(rate(b_total[5m])) by (outcome) > bool 0 or c',
    );
    expect(query.selectors).toEqual([
      { metric: 'a_bucket', labels: ['subgraph', 'x'] },
      { metric: 'b_total', labels: [] },
      { metric: 'c', labels: [] },
    ]);
    expect(query.groupings).toEqual([
      { labels: ['le', 'subgraph'], metrics: ['a_bucket'] },
      { labels: ['subgraph'], metrics: ['a_bucket', 'b_total', 'c'] },
      { labels: ['outcome'], metrics: ['b_total'] },
    ]);
    expect(() => readQuery('rte(a[5m])')).toThrow(/unknown PromQL function rte/);
  });
});

describe('docs/grafana/integra.json', () => {
  it('is a dashboard with a Prometheus datasource variable and subgraph and operation variables', () => {
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(36);
    expect(variables.find((v) => v.name === 'datasource')).toMatchObject({
      type: 'datasource',
      query: 'prometheus',
    });
    for (const name of ['subgraph', 'operation']) {
      expect(variables.find((v) => v.name === name)?.definition).toMatch(/^label_values\(\w+, \w+\)$/);
    }
  });

  it('has panels of core types, each with a unique id, a title and queries of the datasource variable', () => {
    const ids = allPanels.map((p) => p.id);
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const panel of allPanels) expect(panel.title?.trim(), `panel ${panel.id}`).toBeTruthy();
    expect(queryPanels.length).toBeGreaterThan(10);
    for (const panel of queryPanels) {
      expect(CORE_PANELS, `panel "${panel.title}"`).toContain(panel.type);
      expect(panel.targets?.length, `panel "${panel.title}"`).toBeGreaterThan(0);
      for (const target of panel.targets ?? []) {
        expect(target.datasource, `panel "${panel.title}"`).toEqual({
          type: 'prometheus',
          uid: '${datasource}',
        });
        expect(target.expr?.trim(), `panel "${panel.title}"`).toBeTruthy();
      }
    }
  });

  it('queries only metrics the processes export', async () => {
    const exported = await exportedMetrics();
    const metrics = queries.flatMap((q) =>
      readQuery(q.expr).selectors.map((s) => ({ ...q, metric: s.metric })),
    );
    expect(metrics.length).toBeGreaterThan(40);
    expect(metrics.filter((m) => !exported(m.metric)).map((m) => `${m.where}: ${m.metric}`)).toEqual([]);
  });

  it('uses only labels its metrics have, in selectors, by clauses and legends', async () => {
    const exported = await exportedMetrics();
    const has = (metric: string, label: string) =>
      label === '__name__' || TARGET_LABELS.includes(label) || (exported(metric)?.labels.has(label) ?? false);
    const wrong = queries.flatMap(({ where, expr, legend }) => {
      const { selectors, groupings } = readQuery(expr);
      const legendLabels = [...(legend ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
      return [
        ...selectors.flatMap((s) =>
          s.labels.filter((l) => !has(s.metric, l)).map((l) => `${s.metric}{${l}}`),
        ),
        ...groupings.flatMap((g) =>
          g.labels.flatMap((l) => g.metrics.filter((m) => !has(m, l)).map((m) => `by (${l}) over ${m}`)),
        ),
        ...legendLabels.filter((l) => !selectors.some((s) => has(s.metric, l))).map((l) => `legend {{${l}}}`),
      ].map((problem) => `${where}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });

  it('names the circuit breaker states as the gateway sets them', () => {
    const policy = readFileSync(path.join(root, 'gateway/src/plugins/trafficPolicy.ts'), 'utf8');
    const gauge = /const GAUGE\b[^=]*=\s*\{([^}]*)\}/.exec(policy)?.[1] ?? '';
    const states = Object.fromEntries(
      [...gauge.matchAll(/(\w+):\s*(\d+)/g)].map(([, state, value]) => [value!, state!.replace('_', '-')]),
    );
    expect(states).toEqual({ 0: 'closed', 1: 'half-open', 2: 'open' });
    const circuitPanels = queryPanels.filter((p) =>
      p.targets?.some((t) => t.expr?.includes('integra_subgraph_circuit_state')),
    );
    expect(circuitPanels.length).toBeGreaterThan(0);
    for (const panel of circuitPanels) {
      const options = panel.fieldConfig?.defaults?.mappings?.find((m) => m.type === 'value')?.options ?? {};
      expect(Object.fromEntries(Object.entries(options).map(([value, { text }]) => [value, text]))).toEqual(
        states,
      );
    }
  });
});
