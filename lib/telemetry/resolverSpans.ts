/**
 * A span for each resolver a subgraph wrote (not graphql-js's default property reads), while the
 * request is being recorded: the SQL it runs (`sqlSpans.ts`) nests under it. When nothing is
 * recorded (no OTLP endpoint, or a trace the caller did not sample) a resolver costs one lookup more.
 */
import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { isObjectType, responsePathAsArray, type GraphQLSchema } from 'graphql';
import { integraTracer } from './tracing.js';

function endWith<T>(span: ReturnType<ReturnType<typeof integraTracer>['startSpan']>, error: unknown): T {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
  throw error;
}

/** Wraps every explicit resolver of `schema`'s object types, in place. */
export function traceResolvers(schema: GraphQLSchema): GraphQLSchema {
  const tracer = integraTracer();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const name = `${type.name}.${field.name}`;
      field.resolve = (source, args, ctx, info) => {
        const parent = context.active();
        if (!trace.getSpan(parent)?.isRecording()) return resolve(source, args, ctx, info);
        const span = tracer.startSpan(
          name,
          {
            attributes: {
              'graphql.field.name': field.name,
              'graphql.field.path': responsePathAsArray(info.path).join('.'),
            },
          },
          parent,
        );
        return context.with(trace.setSpan(parent, span), () => {
          let result: unknown;
          try {
            result = resolve(source, args, ctx, info);
          } catch (error) {
            return endWith(span, error);
          }
          if (result instanceof Promise)
            return result.then(
              (value: unknown) => {
                span.end();
                return value;
              },
              (error: unknown) => endWith(span, error),
            );
          span.end();
          return result;
        });
      };
    }
  }
  return schema;
}
