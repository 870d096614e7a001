/**
 * One round of load: autocannon on loopback against one gateway and one operation, for a fixed
 * duration. Every 2xx answer is compared with the answer verified before (`verify.ts`): one that
 * differs is a wrong answer. The gateway's resident memory is sampled from /proc meanwhile.
 */
import autocannon from 'autocannon';
import { REQUEST_HEADERS } from './http.js';
import { readMemory } from './process.js';

export interface LoadOptions {
  readonly url: string;
  /** The request body (same for every request). */
  readonly body: string;
  /** The verified answer's exact text. */
  readonly expectedText: string;
  readonly connections: number;
  readonly durationS: number;
  /** The gateway's process, whose memory is sampled. */
  readonly pid: number;
}

export interface LoadResult {
  readonly durationS: number;
  /** Completed requests (any status). */
  readonly requests: number;
  /** Requests sent, including those still unanswered when the round stopped. */
  readonly sent: number;
  /** 2xx answers compared with the verified answer (all of them: the check is on every answer). */
  readonly checked: number;
  readonly rps: number;
  /** Latency of every completed request, in milliseconds. */
  readonly latenciesMs: Float64Array;
  /** Connection errors and timeouts (autocannon's `errors`, which include `timeouts`). */
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** 2xx answers whose body is not the verified answer. */
  readonly wrongAnswers: number;
  /** The first wrong answer or non-2xx body, cut short, to show what went wrong. */
  readonly sampleFailure: string | undefined;
  /** Highest VmRSS seen while the load ran, in KiB. */
  readonly maxRssKiB: number;
}

/** Only ASCII: autocannon decodes each TCP chunk on its own, so a multi-byte character split between two chunks arrives as U+FFFD. */
const asciiOnly = (text: string) => text.replace(/[^\x00-\x7f]/g, '');

/** Whether a received body is the verified answer. */
export function sameAnswer(received: string, expectedText: string): boolean {
  if (received === expectedText) return true;
  return received.includes('\uFFFD') && asciiOnly(received) === asciiOnly(expectedText);
}

const SAMPLE_CHARS = 500;
const MEMORY_SAMPLE_MS = 250;

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.url);
  let wrongAnswers = 0;
  let checked = 0;
  let sampleFailure: string | undefined;
  let latencies = new Float64Array(4096);
  let count = 0;
  let maxRssKiB = readMemory(options.pid)?.rssKiB ?? 0;
  const sampler = setInterval(() => {
    const memory = readMemory(options.pid);
    if (memory && memory.rssKiB > maxRssKiB) maxRssKiB = memory.rssKiB;
  }, MEMORY_SAMPLE_MS);

  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: url.origin,
        connections: options.connections,
        duration: options.durationS,
        requests: [
          {
            method: 'POST',
            path: url.pathname,
            headers: { ...REQUEST_HEADERS },
            body: options.body,
            onResponse: (status: number, body: string) => {
              if (status >= 200 && status < 300) {
                checked++;
                if (sameAnswer(body, options.expectedText)) return;
                wrongAnswers++;
              }
              sampleFailure ??= `HTTP ${status}: ${body.slice(0, SAMPLE_CHARS)}`;
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        clearInterval(sampler);
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (checked !== result['2xx']) {
          reject(new Error(`${checked} answers checked of ${result['2xx']} 2xx: autocannon did not hand every body over`));
          return;
        }
        resolve({
          durationS: result.duration,
          requests: result.requests.total,
          sent: result.requests.sent,
          checked,
          rps: result.requests.total / result.duration,
          latenciesMs: latencies.slice(0, count),
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          wrongAnswers,
          sampleFailure,
          maxRssKiB,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
    });
  });
}

/** The `q` quantile (0-1) of `values`, in their unit; NaN when empty. */
export function quantile(values: Float64Array, q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = values.slice().sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
