import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROOT_CONTEXT, SpanKind, TraceFlags, context, propagation, trace } from '@opentelemetry/api';
import { SamplingDecision } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { requestSpan } from './requestSpan.js';
import { sampler, startTracing, tracingConfigFromEnv } from './tracing.js';

describe('tracing configuration', () => {
  it('exports only when an OTLP endpoint is set, and is off when the SDK is disabled', () => {
    expect(tracingConfigFromEnv({})).toEqual({ kind: 'context-only' });
    expect(tracingConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: '  ' })).toEqual({ kind: 'context-only' });
    expect(tracingConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({
      kind: 'export',
      url: 'http://collector:4318/v1/traces',
      ratio: 1,
    });
    // The traces endpoint is taken as it is, and wins over the general one.
    expect(
      tracingConfigFromEnv({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/otlp',
        OTEL_TRACES_SAMPLER_ARG: '0.25',
      }),
    ).toEqual({ kind: 'export', url: 'https://traces.example/otlp', ratio: 0.25 });
    expect(
      tracingConfigFromEnv({
        OTEL_SDK_DISABLED: 'true',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      }),
    ).toEqual({ kind: 'off' });
  });

  it('names the variable that is not an http(s) URL or a ratio', () => {
    expect(() => tracingConfigFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
    expect(() => tracingConfigFromEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'file:///tmp/x' })).toThrow(
      /OTEL_EXPORTER_OTLP_TRACES_ENDPOINT/,
    );
    for (const ratio of ['2', '-0.1', 'half'])
      expect(() =>
        tracingConfigFromEnv({
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
          OTEL_TRACES_SAMPLER_ARG: ratio,
        }),
      ).toThrow(/OTEL_TRACES_SAMPLER_ARG/);
    expect(() => tracingConfigFromEnv({ OTEL_SDK_DISABLED: 'maybe' })).toThrow(/OTEL_SDK_DISABLED/);
  });
});

describe('request spans and log lines', () => {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger('test', 'info', { write: (line: string) => void lines.push(JSON.parse(line)) });
  let base: string;
  let server: http.Server;

  beforeAll(async () => {
    // Context only (no endpoint): ids without recording, as every process has by default.
    expect(startTracing('test', { kind: 'context-only' }).exporting).toBe(false);
    const middleware = requestSpan({ requestId: (req) => String(req.headers['x-test-id']) });
    server = http.createServer((req, res) =>
      middleware(req, res, () => {
        // Logged from the body's events, which arrive on the socket after the middleware returned.
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          setTimeout(() => {
            // What Apollo Gateway does around each subgraph fetch: a span of its own tracer.
            const carrier: Record<string, string> = {};
            const library = trace.getTracer('@apollo/gateway').startActiveSpan('gateway.fetch', (span) => {
              propagation.inject(context.active(), carrier);
              span.end();
              return span.isRecording() || span.spanContext().spanId !== '0000000000000000';
            });
            log.info({ body, traceparent: carrier['traceparent'], library }, 'answered');
            res.end('ok');
          }, 5);
        });
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (id: string, headers: Record<string, string> = {}) =>
    fetch(base, { method: 'POST', headers: { 'x-test-id': id, ...headers }, body: `body of ${id}` });

  it("puts the request's id and its caller's trace id on the lines logged while serving it", async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    await Promise.all([
      send('first', { traceparent: `00-${traceId}-b7ad6b7169203331-01` }),
      send('second'),
      // A malformed traceparent starts a trace of its own rather than failing the request.
      send('third', { traceparent: '00-not-a-trace-01' }),
    ]);
    const of = (id: string) => lines.find((line) => line['body'] === `body of ${id}`);
    expect(of('first')).toMatchObject({ requestId: 'first', traceId });
    expect(of('second')).toMatchObject({
      requestId: 'second',
      traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(of('third')?.['traceId']).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(['first', 'second', 'third'].map((id) => of(id)?.['traceId'])).size).toBe(3);
  });

  it("makes no span for another library's tracer: its work runs in the request's context, whose span traceparent names", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    await send('library', { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
    const line = lines.find((l) => l['body'] === 'body of library');
    expect(line?.['library']).toBe(false);
    expect(line?.['traceparent']).toBe(`00-${traceId}-${String(line?.['spanId'])}-00`);
  });

  it('puts no request fields on lines logged outside a request', () => {
    log.info('between requests');
    const line = lines.at(-1);
    expect(line?.['msg']).toBe('between requests');
    expect(line).not.toHaveProperty('requestId');
    expect(line).not.toHaveProperty('traceId');
  });
});

describe('sampling', () => {
  const remoteSampled = trace.setSpanContext(ROOT_CONTEXT, {
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    spanId: '00f067aa0ba902b7',
    traceFlags: TraceFlags.SAMPLED,
    isRemote: true,
  });
  const decide = (trusted: boolean) =>
    sampler(0, trusted).shouldSample(
      remoteSampled,
      '4bf92f3577b34da6a3ce929d0e0e4736',
      'POST /graphql',
      SpanKind.SERVER,
      {},
      [],
    ).decision;

  it("records a caller's sampled trace only where the caller is trusted (a subgraph's gateway), not at the edge", () => {
    expect(decide(true)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    // At the gateway a client cannot ask for its requests to be recorded beyond the ratio (0 here).
    expect(decide(false)).toBe(SamplingDecision.NOT_RECORD);
  });
});
