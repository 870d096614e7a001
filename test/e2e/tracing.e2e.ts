/**
 * One request through the gateway is one trace: the graph's real processes export their spans over
 * OTLP/HTTP to a receiver in this test, which checks that the gateway's request, planning and
 * fetch spans, each subgraph's request and resolver spans and their SQL statements share one
 * trace id, nest as a trace viewer would show them, and that the access log line names it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2EGraph, type E2EGraph } from './harness.js';

interface ReceivedSpan {
  readonly service: string;
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly name: string;
  readonly attributes: Record<string, unknown>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: {
      spans: (Omit<ReceivedSpan, 'service' | 'attributes'> & { attributes: OtlpAttribute[] })[];
    }[];
  }[];
}

function attributes(list: readonly OtlpAttribute[]): Record<string, unknown> {
  return Object.fromEntries(
    list.map((a) => [a.key, a.value.stringValue ?? a.value.intValue ?? a.value.boolValue]),
  );
}

/** An OTLP/HTTP (JSON) traces receiver: what the exporters send, as a flat list of spans. */
async function startReceiver() {
  const spans: ReceivedSpan[] = [];
  const contentTypes = new Set<string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      contentTypes.add(String(req.headers['content-type']));
      if (req.url !== '/v1/traces' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
      for (const resource of body.resourceSpans) {
        const service = String(attributes(resource.resource.attributes)['service.name']);
        for (const scope of resource.scopeSpans)
          for (const span of scope.spans)
            spans.push({ ...span, service, attributes: attributes(span.attributes) });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    contentTypes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let graph: E2EGraph;
const lines: { name: string; line: string }[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
  graph = await startE2EGraph({
    env: () => ({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      LOG_LEVEL: 'info',
    }),
    output: (name, line) => lines.push({ name, line }),
  });
});
afterAll(async () => {
  await graph?.dispose();
  await receiver?.close();
});

describe('tracing across the graph', () => {
  it('gives one request one trace with gateway, subgraph, resolver and SQL spans, and names it in the access log', async () => {
    // A caller's own trace is continued: its trace id is the one every process uses.
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
      body: JSON.stringify({
        query:
          '{ region(code: "03") { name { text } services(first: 2) { totalCount edges { node { name { text } } } } } }',
      }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: unknown };
    expect(body.errors).toBeUndefined();
    const requestId = response.headers.get('x-request-id');

    const inTrace = () => receiver.spans.filter((s) => s.traceId === traceId);
    await expect
      .poll(() => new Set(inTrace().map((s) => s.service)).size, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => inTrace().some((s) => s.service === 'services' && s.attributes['db.query.text']))
      .toBe(true);
    const spans = inTrace();
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const named = (service: string, name: string) =>
      spans.filter((s) => s.service === service && s.name === name);

    // The gateway: its request span under the caller's, then Apollo's planning and one span per fetch.
    const [server] = named('gateway', 'POST /graphql');
    expect(server?.parentSpanId).toBe('00f067aa0ba902b7');
    expect(named('gateway', 'gateway.plan')).toHaveLength(1);
    const fetches = named('gateway', 'gateway.fetch');
    expect(new Set(fetches.map((f) => f.attributes['service']))).toEqual(
      new Set(['territories', 'services']),
    );

    // Each subgraph's request span is the child of the gateway's fetch to it.
    for (const subgraph of ['territories', 'services']) {
      const [request] = named(subgraph, 'POST /graphql');
      expect(request, subgraph).toBeDefined();
      expect(byId.get(request!.parentSpanId)?.name).toBe('gateway.fetch');
      expect(byId.get(request!.parentSpanId)?.attributes['service']).toBe(subgraph);
    }
    // Resolver spans under the subgraph's request; SQL under a resolver, with the statement and no values.
    const resolver = spans.find((s) => s.service === 'territories' && s.name === 'Query.region');
    expect(byId.get(resolver!.parentSpanId)?.name).toBe('POST /graphql');
    const sql = spans.filter((s) => s.service === 'services' && s.attributes['db.system.name'] === 'sqlite');
    expect(sql.length).toBeGreaterThan(0);
    for (const statement of sql) {
      expect(statement.name).toMatch(/^SELECT sqlite$/);
      expect(String(statement.attributes['db.query.text'])).not.toContain('03');
      let ancestor = byId.get(statement.parentSpanId);
      while (ancestor && ancestor.name !== 'POST /graphql') ancestor = byId.get(ancestor.parentSpanId);
      expect(ancestor?.service).toBe('services');
    }
    expect(receiver.contentTypes).toEqual(new Set(['application/json']));

    // Every line the gateway logged for this request names it and its trace.
    const gatewayLines = lines
      .filter((l) => l.name === 'gateway' && l.line.includes(requestId!))
      .map((l) => JSON.parse(l.line) as Record<string, unknown>);
    expect(gatewayLines.some((l) => l['log'] === 'access')).toBe(true);
    for (const line of gatewayLines) expect(line).toMatchObject({ requestId, traceId });
  });

  it('starts a trace for a request that brings none', async () => {
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions(first: 3) { edges { node { code } } } }' }),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id')!;
    await expect
      .poll(() => lines.find((l) => l.name === 'gateway' && l.line.includes(requestId)), { timeout: 5000 })
      .toBeDefined();
    const access = JSON.parse(lines.find((l) => l.line.includes(requestId))!.line) as { traceId: string };
    expect(access.traceId).toMatch(/^[0-9a-f]{32}$/);
    await expect
      .poll(() => receiver.spans.some((s) => s.traceId === access.traceId && s.service === 'territories'), {
        timeout: 10_000,
      })
      .toBe(true);
  });
});
