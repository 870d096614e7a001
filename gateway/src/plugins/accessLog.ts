/**
 * One access-log line per request to `/graphql`, refused ones included (401, 413, 429 never reach
 * Apollo Server): its request id, operation (name when registered, as the metrics label it),
 * operation type, HTTP status, outcome, duration, and the caller's partner. Never personal data:
 * no variables, no client address, no token subject.
 */
import type { RequestHandler } from 'express';
import type { Logger } from '../../../lib/log.js';
import { REQUEST_ID_HEADER, requestIdentity } from '../context.js';
import type { GatewayPlugin } from '../plugin.js';
import { operationLabel } from './metrics.js';

export interface AccessLogPluginOptions {
  readonly log: Logger;
  /** Operation names logged as they are (the registered operations'); others are `other`. @default none */
  readonly operationNames?: ReadonlySet<string>;
}

/** What Apollo Server knew of a request, kept by request id until its response is sent. */
interface Executed {
  readonly operation: string;
  readonly type: string;
  readonly errors: number;
}

export function accessLogPlugin(options: AccessLogPluginOptions): GatewayPlugin {
  const executed = new Map<string, Executed>();
  const log = options.log.child({ log: 'access' });

  const middleware: RequestHandler = (req, res, next) => {
    const started = performance.now();
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      const requestId = res.getHeader(REQUEST_ID_HEADER);
      const id = typeof requestId === 'string' ? requestId : undefined;
      const known = id === undefined ? undefined : executed.get(id);
      if (id !== undefined) executed.delete(id);
      const status = res.statusCode;
      log.info(
        {
          requestId: id,
          operation: known?.operation,
          type: known?.type,
          status,
          outcome: !res.writableFinished
            ? 'aborted'
            : status >= 400 || (known?.errors ?? 0) > 0
              ? 'error'
              : 'ok',
          durationMs: Math.round(performance.now() - started),
          partner: requestIdentity(req)?.partner ?? 'anonymous',
        },
        'request',
      );
    };
    res.once('finish', write);
    res.once('close', write);
    next();
  };

  return {
    name: 'accessLog',
    middleware: [middleware],
    apollo: {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue, operation, operationName, errors }) {
            executed.set(contextValue.requestId, {
              operation: operationLabel(options.operationNames, operationName),
              type: operation?.operation ?? 'unknown',
              errors: errors?.length ?? 0,
            });
          },
        };
      },
    },
  };
}
