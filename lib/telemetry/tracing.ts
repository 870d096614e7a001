/**
 * OpenTelemetry tracing for every Integra process, with the official SDK. A process always has
 * trace context (a trace id in each log line, `traceparent` sent to the subgraphs), but records and
 * sends spans only when an OTLP endpoint is configured: without one nothing is sampled and nothing
 * leaves the process. Started once by each `main.ts`, flushed on the way out.
 */
import { INVALID_SPAN_CONTEXT, trace, type Span, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { booleanVar, ConfigError, pick, url, type Env } from '../config.js';

/** Where spans go and how many are kept; read from the standard `OTEL_*` variables. */
export type TracingConfig =
  | { readonly kind: 'off' }
  | { readonly kind: 'context-only' }
  | {
      readonly kind: 'export';
      /** The OTLP/HTTP traces URL (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, or `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`). */
      readonly url: string;
      /** `OTEL_TRACES_SAMPLER_ARG`: the share of traces recorded; a subgraph records every trace its gateway recorded. @default 1 */
      readonly ratio: number;
    };

/**
 * Reads `OTEL_SDK_DISABLED` (no tracing at all), `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` /
 * `OTEL_EXPORTER_OTLP_ENDPOINT` and `OTEL_TRACES_SAMPLER_ARG`. Headers, timeout and compression of
 * the export are the exporter's own `OTEL_EXPORTER_OTLP_*` variables.
 * @throws {ConfigError} naming the variable that is not a URL or a ratio
 */
export function tracingConfigFromEnv(env: Env): TracingConfig {
  if (booleanVar(env, 'OTEL_SDK_DISABLED', false)) return { kind: 'off' };
  const traces = pick(undefined, env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const base = pick(undefined, env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  const http = ['http:', 'https:'];
  const endpoint = traces
    ? url(traces, http)
    : base
      ? `${url(base, http).replace(/\/+$/, '')}/v1/traces`
      : undefined;
  if (!endpoint) return { kind: 'context-only' };
  const ratio = pick(undefined, env, 'OTEL_TRACES_SAMPLER_ARG');
  const share = ratio ? Number(ratio.value) : 1;
  if (!Number.isFinite(share) || share < 0 || share > 1)
    throw new ConfigError(ratio!.name, `"${ratio!.value}" is not a number from 0 to 1`);
  return { kind: 'export', url: endpoint, ratio: share };
}

export interface Tracing {
  /** Whether spans are recorded and exported. */
  readonly exporting: boolean;
  /** Sends the spans still buffered and stops; a `Disposable` for `serve()`. */
  dispose(): Promise<void>;
}

/** The tracer of Integra's own spans (requests, resolvers, SQL); Apollo Gateway has its own. */
export function integraTracer(): Tracer {
  return trace.getTracer(INTEGRA_TRACER);
}

/** New traces at `ratio`; a remote caller's sampled trace continued always, or at `ratio` too. */
export function sampler(ratio: number, trustCallerSampling: boolean): ParentBasedSampler {
  const atRatio = ratio >= 1 ? new AlwaysOnSampler() : new TraceIdRatioBasedSampler(ratio);
  return new ParentBasedSampler({
    root: atRatio,
    ...(trustCallerSampling ? {} : { remoteParentSampled: atRatio }),
  });
}

/** The tracer that makes Integra's own spans (requests, resolvers, SQL). */
const INTEGRA_TRACER = 'integra';

/**
 * Every other library's tracer when nothing is recorded (Apollo Gateway's spans per request,
 * validation, plan, execution, fetch and post-processing): its callbacks run with a span that
 * records nothing, and the active context stays the request's. Sampled-out spans still cost ids,
 * a sampling decision and a context switch each, for nothing: no span of theirs is ever sent,
 * and `traceparent` carries the request's span. (Under `npm run bench:profile`, the deep query
 * with no spans at all did 3 to 11% more throughput.)
 */
class UnrecordedTracer implements Tracer {
  private readonly span: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);
  startSpan(): Span {
    return this.span;
  }
  startActiveSpan<F extends (span: Span) => unknown>(_name: string, ...rest: unknown[]): ReturnType<F> {
    const fn = rest[rest.length - 1] as F;
    return fn(this.span) as ReturnType<F>;
  }
}

let started: { readonly provider: NodeTracerProvider; readonly exporting: boolean } | undefined;

/**
 * Installs the process's tracer provider, context manager and W3C propagator (once: a second call
 * returns the first's). `service` names the process in every span (`service.name`). Without an
 * endpoint only Integra's own tracer makes spans (for their ids); other libraries' make none.
 */
export function startTracing(
  service: string,
  config: TracingConfig,
  options: {
    /**
     * Whether a caller that marks its trace sampled is always recorded: true for a subgraph, whose
     * caller is the gateway; false at the edge, where any client could ask for every request of
     * its to be recorded and sent. @default true
     */
    readonly trustCallerSampling?: boolean;
  } = {},
): Tracing {
  if (config.kind === 'off') return { exporting: false, dispose: async () => undefined };
  if (!started) {
    const exporting = config.kind === 'export';
    const provider = new NodeTracerProvider({
      resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }),
      // Without an endpoint nothing is recorded: spans still carry ids, so logs and subgraphs get them.
      sampler: exporting
        ? sampler(config.ratio, options.trustCallerSampling ?? true)
        : new AlwaysOffSampler(),
      spanProcessors: exporting ? [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.url }))] : [],
    });
    if (!exporting) {
      const unrecorded = new UnrecordedTracer();
      const own = provider.getTracer.bind(provider);
      provider.getTracer = (name, version, options) =>
        name === INTEGRA_TRACER ? own(name, version, options) : unrecorded;
    }
    // The context follows each request through promises (AsyncLocalStorage); W3C `traceparent` only.
    provider.register({ propagator: new W3CTraceContextPropagator() });
    started = { provider, exporting };
  }
  const { provider, exporting } = started;
  return { exporting, dispose: () => provider.shutdown() };
}
