/**
 * Tracing at the gateway: every `/graphql` request gets its id (returned as `x-request-id`) and a
 * server span, continuing the caller's `traceparent` or starting a trace. Apollo Gateway adds its
 * own spans inside it (`gateway.request`, `gateway.plan`, `gateway.execute`, `gateway.fetch` per
 * subgraph fetch), and each fetch carries `traceparent` so that the subgraph continues the trace.
 */
import { randomUUID } from 'node:crypto';
import { context, propagation } from '@opentelemetry/api';
import { REQUEST_ID_HEADER } from '../../../lib/requestId.js';
import { requestSpan } from '../../../lib/telemetry/requestSpan.js';
import type { GatewayPlugin } from '../plugin.js';
import type { SubgraphRequestHeaders } from '../subgraphDataSource/index.js';

const headerSetter = {
  set: (headers: SubgraphRequestHeaders, key: string, value: string) => headers.set(key, value),
};

export function tracingPlugin(): GatewayPlugin {
  return {
    name: 'tracing',
    middleware: [
      requestSpan({
        requestId: (_req, res) => {
          const id = randomUUID();
          res.setHeader(REQUEST_ID_HEADER, id);
          return id;
        },
      }),
    ],
    subgraph: {
      // Runs inside Apollo's `gateway.fetch` span: the subgraph's spans become its children.
      onRequest: ({ headers }) => propagation.inject(context.active(), headers, headerSetter),
    },
  };
}
