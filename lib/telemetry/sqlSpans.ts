/**
 * A span for each SQL statement run while a request is recorded, from Kysely's statement log
 * (which reports a statement once it ended, with its duration): the span is dated back to its
 * start. It names the statement and carries its SQL text with placeholders, never its values.
 */
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { LogEvent } from 'kysely';
import { integraTracer } from './tracing.js';

export type SqlSystem = 'sqlite' | 'postgresql';

/** Records `event` as a child of the active span, when that span is recorded. */
export function recordStatement(event: LogEvent, system: SqlSystem): void {
  const parent = context.active();
  if (!trace.getSpan(parent)?.isRecording()) return;
  const endTime = performance.timeOrigin + performance.now();
  const operation = /^\s*(\w+)/.exec(event.query.sql)?.[1]?.toUpperCase() ?? 'SQL';
  const span = integraTracer().startSpan(
    `${operation} ${system}`,
    {
      kind: SpanKind.CLIENT,
      startTime: endTime - event.queryDurationMillis,
      attributes: {
        'db.system.name': system,
        'db.operation.name': operation,
        'db.query.text': event.query.sql,
      },
    },
    parent,
  );
  if (event.level === 'error') {
    span.recordException(event.error instanceof Error ? event.error : String(event.error));
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end(endTime);
}
