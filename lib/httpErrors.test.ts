/**
 * The JSON answers of `lib/httpErrors.ts`, on a bare express server: what body-parser and Node's
 * HTTP parser refuse is a 4xx with a JSON GraphQL error, never an empty body or a 500.
 * (Found by gateway/src/hostileInput.fuzz.test.ts: a gzip Content-Encoding over a body that is not
 * gzip was a 500, and headers over 16 KB a 431 with an empty body.)
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { brotliCompressSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonClientErrorHandler, jsonErrorHandler } from './httpErrors.js';
import { silentLogger } from './log.js';

let server: http.Server;
let origin: string;
beforeAll(async () => {
  const app = express();
  app.post('/', express.json(), (req, res) => {
    res.json({ data: { echo: req.body as unknown } });
  });
  app.get('/items/:id', (req, res) => {
    res.json({ data: { id: req.params.id } });
  });
  app.post('/broken', () => {
    throw new Error('a bug, with a secret in its message');
  });
  app.use(jsonErrorHandler(silentLogger()));
  server = http.createServer(app);
  server.on('clientError', jsonClientErrorHandler(silentLogger()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function post(
  path: string,
  body: string | Buffer,
  headers: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: await response.json() };
}

/** Sends raw bytes and returns the whole answer (the server closes the connection). */
function rawExchange(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
    socket.write(bytes);
  });
}

const badRequest = (message: string) => ({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

describe('jsonErrorHandler', () => {
  it('reads a compressed body', async () => {
    const response = await post('/', brotliCompressSync('{"query":"{ a }"}'), { 'content-encoding': 'br' });
    expect(response).toEqual({ status: 200, body: { data: { echo: { query: '{ a }' } } } });
  });

  it.each(['gzip', 'deflate', 'br'])(
    'refuses a body that is not %s as its Content-Encoding says with a 400 in JSON',
    async (encoding) => {
      const response = await post('/', '{"query":"{ a }"}', { 'content-encoding': encoding });
      expect(response).toEqual({
        status: 400,
        body: badRequest('The request body does not decompress as its Content-Encoding says'),
      });
    },
  );

  it('still masks an unexpected error as a 500', async () => {
    const response = await post('/broken', '{}', {});
    expect(response).toEqual({
      status: 500,
      body: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
  });
});

describe('jsonClientErrorHandler', () => {
  it("answers headers over Node's limit with a 431 in JSON", async () => {
    const response = await fetch(`${origin}/`, {
      method: 'POST',
      headers: { 'x-long': 'v'.repeat(20_000) },
      body: '{}',
    });
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(badRequest('The request line and headers are too large'));
  });

  it('answers bytes that are not HTTP with a 400 in JSON', async () => {
    const answer = await rawExchange('HELLO\r\n\r\n');
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toMatch(/\r\nContent-Type: application\/json/);
    expect(JSON.parse(body)).toEqual(badRequest('The request is not valid HTTP'));
  });

  it('keeps serving afterwards', async () => {
    expect(await post('/', '{"a":1}', {})).toEqual({ status: 200, body: { data: { echo: { a: 1 } } } });
  });
});

describe('malformed paths', () => {
  it.each(['%ZZ', '%', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%FF%FE'])(
    'answers %s in a route parameter with a 400 BAD_REQUEST, not a 500',
    async (shape) => {
      const response = await fetch(`${origin}/items/${shape}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [
          { message: 'The request path is not valid percent-encoding', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
    },
  );

  it('still decodes a well-formed one', async () => {
    expect(await (await fetch(`${origin}/items/caf%C3%A9`)).json()).toEqual({ data: { id: 'café' } });
  });
});
