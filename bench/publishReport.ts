/**
 * The tables of a publish under load (`publish.ts`): each round, then each setting's medians over
 * its rounds (`afterPublish`: the steady p50 and the first second's p99 after the swap, which
 * the warm-plans target compares), and one load mix's section of `publish-latest.md`.
 */
import { quantile } from './load.js';
import type { PublishResult, PublishRound } from './publish.js';

/**
 * One setting's medians over its rounds: the steady p50 and p99, the p99 of the first second
 * after the swap, and that p99 over the steady p50 (the target's ratio) and over the steady p99
 * (what the swap adds to the load's own tail).
 */
export function afterPublish(
  result: PublishResult,
  setting: string,
): {
  readonly steadyP50Ms: number;
  readonly steadyP99Ms: number;
  readonly firstSecondP99Ms: number;
  readonly ratio: number;
  readonly overSteadyP99: number;
} {
  const mine = result.rounds.filter((r) => r.setting === setting);
  const median = (pick: (r: PublishRound) => number) => quantile(Float64Array.from(mine.map(pick)), 0.5);
  const steadyP50Ms = median((r) => r.steady.p50Ms);
  const steadyP99Ms = median((r) => r.steady.p99Ms);
  const firstSecondP99Ms = median((r) => r.afterSwap.p99Ms);
  return {
    steadyP50Ms,
    steadyP99Ms,
    firstSecondP99Ms,
    ratio: firstSecondP99Ms / steadyP50Ms,
    overSteadyP99: firstSecondP99Ms / steadyP99Ms,
  };
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const median = (values: readonly number[]) => quantile(Float64Array.from(values), 0.5);

/** Markdown tables: each round, then each setting's medians over its rounds. */
export function publishTables(result: PublishResult): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
    [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
  const rounds = table(
    [
      'setting',
      'round',
      'steady p50 ms',
      'steady p99 ms',
      'publish → swap ms',
      'swap ms',
      'before swap answers, p99 / max ms',
      'first s after swap answers, p99 / max ms',
      'failed',
    ],
    result.rounds.map((r) => [
      r.setting,
      String(r.round),
      fixed(r.steady.p50Ms),
      fixed(r.steady.p99Ms),
      fixed(r.publishToSwapMs, 0),
      fixed(r.swapMs, 0),
      `${r.beforeSwap.answers}, ${fixed(r.beforeSwap.p99Ms)} / ${fixed(r.beforeSwap.maxMs)}`,
      `${r.afterSwap.answers}, ${fixed(r.afterSwap.p99Ms)} / ${fixed(r.afterSwap.maxMs)}`,
      String(r.failed),
    ]),
  );
  const summary = table(
    [
      'setting',
      'steady p50 ms',
      'steady p99 ms',
      'publish → swap ms',
      'before swap max ms',
      'swap ms',
      'first s after swap p99 ms',
      'max ms',
      'p99 / steady p50',
      'p99 / steady p99',
    ],
    result.settings.map(({ name }) => {
      const mine = result.rounds.filter((r) => r.setting === name);
      const med = (pick: (r: PublishRound) => number) => median(mine.map(pick));
      const {
        steadyP50Ms: p50,
        steadyP99Ms,
        firstSecondP99Ms: p99,
        ratio,
        overSteadyP99,
      } = afterPublish(result, name);
      return [
        name,
        fixed(p50),
        fixed(steadyP99Ms),
        fixed(
          med((r) => r.publishToSwapMs),
          0,
        ),
        fixed(med((r) => r.beforeSwap.maxMs)),
        fixed(
          med((r) => r.swapMs),
          0,
        ),
        fixed(p99),
        fixed(med((r) => r.afterSwap.maxMs)),
        `${fixed(ratio, 2)}x`,
        `${fixed(overSteadyP99, 2)}x`,
      ];
    }),
  );
  return `${summary}\n\nMedians over the rounds.\n\n${rounds}`;
}

/** One mix's section of the markdown: its tables and the warmings its gateway logged. */
export function mixSection(result: PublishResult): string {
  const shown = ['warmed', 'failed', 'plans', 'planningMs', 'longestStepMs', 'elapsedMs', 'installMs'];
  const warmed = Object.entries(result.warmLogs).flatMap(([setting, lines]) =>
    lines.map((l) => `- ${setting}: ${JSON.stringify(Object.fromEntries(shown.map((k) => [k, l[k]])))}`),
  );
  return [
    `## Load: ${result.mix === 'workload' ? "the workload's operations" : 'every registered query answering anonymously'}`,
    '',
    `${result.operations.length} operations, each connection taking them in turn, ${result.connections} connections: ${result.operations.join(', ')}.`,
    '',
    publishTables(result),
    '',
    'Warmings the gateway logged (at start, then at each publish):',
    '',
    ...warmed,
    '',
  ].join('\n');
}
