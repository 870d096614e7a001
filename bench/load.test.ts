import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad, type LoadRequest } from './load.js';

/** Answers every POST with its own body: the right answer to a body is the body. */
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const bodies = ['{"n":0}', '{"n":1}', '{"n":2}', '{"n":3}', '{"n":4}'];
const load = (requests: readonly LoadRequest[]) =>
  runLoad({ urls: [url], requests, connections: 3, durationS: 1, pids: () => [process.pid] });

describe('runLoad with a pool of bodies', () => {
  it('checks each answer against the expectation of the body it was sent for', async () => {
    const result = await load(bodies.map((body) => ({ body, expect: { text: body } })));
    expect(result.checked).toBeGreaterThan(bodies.length);
    expect(result.wrongAnswers).toBe(0);
  });

  it('counts an answer that belongs to another body as wrong', async () => {
    const shifted = bodies.map((body, i) => ({
      body,
      expect: { text: bodies[(i + 1) % bodies.length] ?? '' },
    }));
    const result = await load(shifted);
    expect(result.wrongAnswers).toBe(result.checked);
    expect(result.sampleFailure).toMatch(/^HTTP 200: \{"n":\d\}$/);
  });
});
