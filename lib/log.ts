/** Structured logs with pino. Only `main.ts` files create loggers; everything else receives one. */
import { context, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './telemetry/requestSpan.js';

export type { Logger } from 'pino';

/**
 * What every line written while serving a request carries: the request's id and its trace's ids
 * (`lib/telemetry/`), whichever part of the code logs it. Nothing outside a request.
 */
export function requestFields(): Record<string, string> {
  const active = context.active();
  const requestId = currentRequestId(active);
  const span = trace.getSpanContext(active);
  if (!span && requestId === undefined) return {};
  const fields: Record<string, string> = {};
  if (requestId !== undefined) fields['requestId'] = requestId;
  if (span) {
    fields['traceId'] = span.traceId;
    fields['spanId'] = span.spanId;
  }
  return fields;
}

/**
 * @param name the service name, added to every line
 * @param level @default 'info' (`LOG_LEVEL` is read by callers' config, not here)
 * @param destination @default standard output
 */
export function createLogger(name: string, level = 'info', destination?: DestinationStream): Logger {
  const options = { name, level, base: { service: name }, mixin: requestFields };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that writes nothing, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
