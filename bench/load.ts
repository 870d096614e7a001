/**
 * One round of load: autocannon on loopback against one gateway and one operation, for a fixed
 * duration. Every 2xx answer is compared with the answer verified before (`verify.ts`): one that
 * differs is a wrong answer. An operation with a pool of bodies has them sent in turn, each request
 * taking the next one (whichever connection sends it), and each answer compared with the verified
 * answer to its own body. The gateway's resident memory is sampled from /proc meanwhile.
 */
import type { IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';
import { REQUEST_HEADERS } from './http.js';
import { readTotalMemory } from './process.js';

/**
 * What every 2xx answer must be: the verified answer's exact text, or (compressed answers, which
 * autocannon does not decode) an answer in that encoding, the verified text having been checked
 * decoded before the load.
 */
export type Expectation = { readonly text: string } | { readonly encoding: string };

/** A body to send, and what every 2xx answer to it must be. */
export interface LoadRequest {
  readonly body: string;
  readonly expect: Expectation;
}

export interface LoadOptions {
  /** The gateway's endpoints (replicas): the connections are split evenly over them. */
  readonly urls: readonly string[];
  /** One request, sent every time; or a pool, cycled through (request n sends body n mod length). */
  readonly requests: readonly LoadRequest[];
  /** `accept-encoding` to send. @default none */
  readonly acceptEncoding?: string;
  readonly connections: number;
  readonly durationS: number;
  /** The gateway's processes, whose memory is sampled and added up (re-read at each sample: cluster workers). */
  readonly pids: () => readonly number[];
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
const asciiOnly = (text: string) => text.replace(/[^\p{ASCII}]/gu, '');

/** Whether a received body is the verified answer. */
export function sameAnswer(received: string, expectedText: string): boolean {
  if (received === expectedText) return true;
  return received.includes('\uFFFD') && asciiOnly(received) === asciiOnly(expectedText);
}

const SAMPLE_CHARS = 500;
const MEMORY_SAMPLE_MS = 250;

interface EndpointLoad extends Omit<LoadOptions, 'urls' | 'pids'> {
  readonly url: string;
  /** The index of the pool's body the next request sends (shared by the endpoints of one load). */
  readonly nextIndex: () => number;
}

/** The per-connection state autocannon hands to `setupRequest` and then to `onResponse`: which body was sent. */
interface SentContext {
  index?: number;
}

type EndpointResult = Omit<LoadResult, 'maxRssKiB'>;

function matches(expect: Expectation, body: string, headers: IncomingHttpHeaders | undefined): boolean {
  if ('text' in expect) return sameAnswer(body, expect.text);
  // autocannon hands the raw header names over, in the case the server wrote them.
  const encoding = Object.entries(headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'content-encoding',
  )?.[1];
  return encoding === expect.encoding;
}

function loadEndpoint(options: EndpointLoad): Promise<EndpointResult> {
  const url = new URL(options.url);
  let wrongAnswers = 0;
  let checked = 0;
  let sampleFailure: string | undefined;
  let latencies = new Float64Array(4096);
  let count = 0;

  const check = (
    expect: Expectation,
    status: number,
    body: string,
    headers: IncomingHttpHeaders | undefined,
  ) => {
    if (status >= 200 && status < 300) {
      checked++;
      if (matches(expect, body, headers)) return;
      wrongAnswers++;
    }
    sampleFailure ??= `HTTP ${status}: ${body.slice(0, SAMPLE_CHARS)}`;
  };
  const [only] = options.requests;
  const pooled = options.requests.length > 1;
  const request: autocannon.Request = {
    method: 'POST',
    path: url.pathname,
    headers: {
      ...REQUEST_HEADERS,
      ...(options.acceptEncoding ? { 'accept-encoding': options.acceptEncoding } : {}),
    },
    body: only?.body ?? '',
    // A pool: autocannon builds every request of a connection with this (its first one too, when
    // the connection is set up), and hands the same context to onResponse.
    ...(pooled
      ? {
          setupRequest: (sent: autocannon.Request, context: SentContext) => {
            const index = options.nextIndex();
            context.index = index;
            return { ...sent, body: options.requests[index]?.body ?? '' };
          },
        }
      : {}),
    onResponse: (
      status: number,
      body: string,
      context: SentContext,
      headers: IncomingHttpHeaders | undefined,
    ) => {
      const expect = options.requests[context.index ?? 0]?.expect;
      if (expect) check(expect, status, body, headers);
    },
  };

  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: url.origin,
        connections: options.connections,
        duration: options.durationS,
        requests: [request],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
          return;
        }
        if (checked !== result['2xx']) {
          reject(
            new Error(
              `${checked} answers checked of ${result['2xx']} 2xx: autocannon did not hand every body over`,
            ),
          );
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

/** Loads every endpoint at once (connections split evenly), sampling the processes' memory meanwhile. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const sampleRss = () => readTotalMemory(options.pids())?.rssKiB ?? 0;
  let maxRssKiB = sampleRss();
  const sampler = setInterval(() => {
    maxRssKiB = Math.max(maxRssKiB, sampleRss());
  }, MEMORY_SAMPLE_MS);
  const n = options.urls.length;
  let next = 0;
  const nextIndex = () => next++ % options.requests.length;
  try {
    const results = await Promise.all(
      options.urls.map((url, i) =>
        loadEndpoint({
          ...options,
          url,
          nextIndex,
          connections: Math.floor(options.connections / n) + (i < options.connections % n ? 1 : 0),
        }),
      ),
    );
    const sum = (pick: (r: EndpointResult) => number) => results.reduce((t, r) => t + pick(r), 0);
    const latencies = new Float64Array(sum((r) => r.latenciesMs.length));
    let offset = 0;
    for (const r of results) {
      latencies.set(r.latenciesMs, offset);
      offset += r.latenciesMs.length;
    }
    const durationS = Math.max(...results.map((r) => r.durationS));
    return {
      durationS,
      requests: sum((r) => r.requests),
      sent: sum((r) => r.sent),
      checked: sum((r) => r.checked),
      rps: sum((r) => r.rps),
      latenciesMs: latencies,
      errors: sum((r) => r.errors),
      timeouts: sum((r) => r.timeouts),
      non2xx: sum((r) => r.non2xx),
      wrongAnswers: sum((r) => r.wrongAnswers),
      sampleFailure: results.find((r) => r.sampleFailure)?.sampleFailure,
      maxRssKiB,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** The `q` quantile (0-1) of `values`, in their unit; NaN when empty. */
export function quantile(values: Float64Array, q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = values.slice().sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
