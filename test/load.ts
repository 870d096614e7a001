/**
 * Load for the chaos tests: autocannon's clients send one GraphQL operation to a URL while a
 * scenario breaks something, and every answer is sorted: whole, partial (data with errors; the
 * reasons of `SUBGRAPH_UNAVAILABLE` kept), or failed (no answer, a status other than 200, no data).
 */
import autocannon from 'autocannon';

export interface Tally {
  whole: number;
  partial: number;
  /** Answers that were not HTTP 200, or not GraphQL data. */
  failed: number;
  readonly reasons: Set<string>;
}

export interface LoadRun {
  readonly tally: Tally;
  readonly result: autocannon.Result;
  /** Failed answers, and requests with no answer at all (errors, timeouts). */
  readonly failed: number;
}

export interface LoadOptions {
  readonly url: string;
  /** The operation; a function makes one per request (varying arguments defeat caches). */
  readonly query: string | (() => string);
  /** @default 10 */
  readonly connections?: number;
}

function sort(tally: Tally, status: number, body: string): void {
  if (status !== 200) return void tally.failed++;
  try {
    const answer = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { reason?: string } }[] };
    if (!answer.data) return void tally.failed++;
    if (!answer.errors) return void tally.whole++;
    tally.partial++;
    for (const error of answer.errors)
      if (error.extensions?.reason) tally.reasons.add(error.extensions.reason);
  } catch {
    tally.failed++;
  }
}

/** Runs the load until `scenario` (given the running tally) is done. */
export async function underLoad(
  options: LoadOptions,
  scenario: (tally: Tally) => Promise<void>,
): Promise<LoadRun> {
  const tally: Tally = { whole: 0, partial: 0, failed: 0, reasons: new Set() };
  const { query } = options;
  const bodyOf = () => JSON.stringify({ query: typeof query === 'string' ? query : query() });
  let finished: (result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve) => (finished = resolve));
  const load = autocannon(
    {
      url: options.url,
      connections: options.connections ?? 10,
      duration: 120,
      timeout: 10,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: bodyOf() }),
          onResponse: (status: number, body: string) => sort(tally, status, body),
        },
      ],
    },
    (_error, result) => finished(result),
  );
  try {
    await scenario(tally);
  } finally {
    load.stop();
  }
  const result = await done;
  return { tally, result, failed: tally.failed + result.errors + result.timeouts };
}

/** One line saying what the clients got, for the test's output. */
export function describeRun(what: string, run: LoadRun): string {
  const { tally, result, failed } = run;
  const reasons = tally.reasons.size > 0 ? ` (${[...tally.reasons].join(', ')})` : '';
  return `${what}: ${result.requests.total} requests, ${failed} failed, ${tally.partial} partial${reasons}, ${tally.whole} whole; slowest ${result.latency.max} ms`;
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `check` holds, polling every 50 ms; throws after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await pause(50);
  }
}
