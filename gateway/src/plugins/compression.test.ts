import http, { type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-tag';
import {
  composeSupergraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';
import { compressionPlugin } from './compression.js';

/** A subgraph whose `lines(count)` answer grows with `count`: about 40 bytes a line. */
const linesSubgraph = {
  name: 'lines',
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query {
      lines(count: Int!): [String!]!
    }
  `,
  resolvers: {
    Query: {
      lines: (_: unknown, { count }: { count: number }) =>
        Array.from({ length: count }, (_, i) => `line ${i} of the integration register`),
    },
  },
};

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The bytes as they came over the wire (fetch would decode them). */
  readonly bytes: Buffer;
}

/** A request with exactly these headers: Node's client adds no Accept-Encoding of its own. */
function request(
  url: string,
  options: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function postQuery(
  gateway: TestGateway,
  query: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return request(`${gateway.origin}/graphql`, {
    method: 'POST',
    body: JSON.stringify({ query }),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

const large = '{ lines(count: 500) }'; // about 20 KB of JSON
const small = '{ lines(count: 2) }'; // under 100 bytes

let subgraph: TestSubgraph;
let on: TestGateway;
let off: TestGateway;
let everything: TestGateway;
beforeAll(async () => {
  subgraph = await startSubgraph(linesSubgraph);
  const supergraphSdl = composeSupergraph([subgraph]);
  [on, off, everything] = await Promise.all([
    startTestGateway({ supergraphSdl, env: { GATEWAY_COMPRESSION: 'true', GATEWAY_MAX_BODY_BYTES: '2048' } }),
    startTestGateway({ supergraphSdl }),
    startTestGateway({
      supergraphSdl,
      env: { GATEWAY_COMPRESSION: 'true', GATEWAY_COMPRESSION_MIN_BYTES: '0' },
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([on, off, everything].map((g) => g?.dispose()));
  await subgraph?.stop();
});

describe('compressionPlugin', () => {
  it('adds no middleware when off (the default)', () => {
    expect(compressionPlugin().middleware).toBeUndefined();
    expect(compressionPlugin({ enabled: false }).middleware).toBeUndefined();
    expect(compressionPlugin({ enabled: true }).middleware).toHaveLength(1);
  });

  it('gzips a large /graphql response for a client that accepts gzip, and it decodes to the same JSON', async () => {
    const plain = await postQuery(on, large);
    const gzipped = await postQuery(on, large, { 'accept-encoding': 'gzip' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const expected = JSON.parse(plain.bytes.toString('utf8')) as { data: { lines: string[] } };
    expect(expected.data.lines).toHaveLength(500);

    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['vary']).toMatch(/accept-encoding/i);
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 4);
    expect(JSON.parse(gunzipSync(gzipped.bytes).toString('utf8'))).toEqual(expected);
  });

  it('uses brotli or deflate when the client prefers them', async () => {
    const expected = JSON.parse((await postQuery(on, large)).bytes.toString('utf8')) as unknown;
    const br = await postQuery(on, large, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString('utf8'))).toEqual(expected);
    const deflate = await postQuery(on, large, { 'accept-encoding': 'deflate' });
    expect(deflate.headers['content-encoding']).toBe('deflate');
    expect(JSON.parse(inflateSync(deflate.bytes).toString('utf8'))).toEqual(expected);
    // The GraphQL-over-HTTP media type is compressed as plain JSON is.
    const mediaType = await postQuery(on, large, {
      accept: 'application/graphql-response+json',
      'accept-encoding': 'gzip',
    });
    expect(mediaType.headers['content-type']).toMatch(/^application\/graphql-response\+json/);
    expect(mediaType.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(mediaType.bytes).toString('utf8'))).toEqual(expected);
  });

  it('sends small responses, and every response to a client without Accept-Encoding, as they are', async () => {
    const smallGzip = await postQuery(on, small, { 'accept-encoding': 'gzip, deflate, br' });
    expect(smallGzip.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(smallGzip.bytes.toString('utf8'))).toEqual({
      data: { lines: ['line 0 of the integration register', 'line 1 of the integration register'] },
    });
    const identity = await postQuery(on, large, { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(identity.bytes.toString('utf8'))).toMatchObject({ data: { lines: expect.any(Array) } });
  });

  it('compresses from GATEWAY_COMPRESSION_MIN_BYTES', async () => {
    const response = await postQuery(everything, small, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(response.bytes).toString('utf8'))).toMatchObject({
      data: { lines: expect.any(Array) },
    });
  });

  it('never encodes when off', async () => {
    const response = await postQuery(off, large, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.bytes.toString('utf8'))).toMatchObject({ data: { lines: expect.any(Array) } });
  });

  it('leaves refusals, /health and /metrics working', async () => {
    const headers = { 'content-type': 'application/json', 'accept-encoding': 'gzip' };
    const notJson = await request(`${everything.origin}/graphql`, {
      method: 'POST',
      body: '{"query": ',
      headers,
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(gunzipSync(notJson.bytes).toString('utf8'))).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST' } }],
    });

    const tooLarge = await request(`${on.origin}/graphql`, {
      method: 'POST',
      body: JSON.stringify({ query: `{ lines(count: 1) }${' '.repeat(4096)}` }),
      headers,
    });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.bytes.toString('utf8'))).toMatchObject({
      errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });

    const invalid = await postQuery(everything, '{ nope }', { 'accept-encoding': 'gzip' });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(gunzipSync(invalid.bytes).toString('utf8'))).toMatchObject({
      errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });

    const health = await request(`${everything.origin}/health`, { headers: { 'accept-encoding': 'gzip' } });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.bytes.toString('utf8'))).toMatchObject({ status: 'ok' });
    const metrics = await request(`${everything.origin}/metrics`, { headers: { 'accept-encoding': 'gzip' } });
    expect(metrics.status).toBe(200);
    expect(metrics.bytes.toString('utf8')).toContain('integra_gateway_requests_total');
  });
});
