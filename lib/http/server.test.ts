/**
 * The shared HTTP host's limits, on a real server over real sockets: slow headers, slow bodies,
 * idle and non-reading clients, too many connections. Node's defaults hold a header-dripping
 * client for a minute and more, a body for five, and accept any number of connections.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import express from 'express';
import { silentLogger } from '../log.js';
import { answers, silentClient, slowBody, slowHeaders, type SlowClient } from '../../test/slowClients.js';
import {
  createHttpHost,
  DEFAULT_HTTP_LIMITS,
  httpLimitsFromEnv,
  type HttpHost,
  type HttpLimits,
} from './server.js';

const SHORT: HttpLimits = {
  headersTimeoutMs: 500,
  requestTimeoutMs: 1000,
  keepAliveTimeoutMs: 300,
  idleTimeoutMs: 700,
  maxConnections: 8,
  drainDelayMs: 0,
  shutdownTimeoutMs: 10_000,
};

let host: HttpHost | undefined;
const clients: SlowClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await host?.close();
  host = undefined;
});

async function start(limits: HttpLimits = SHORT): Promise<string> {
  const app = express();
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  app.post('/echo', express.json(), (req, res) => void res.json(req.body));
  // A large answer, for a client that stops reading it.
  app.get('/large', (_req, res) => void res.type('text/plain').send('x'.repeat(32 * 1024 * 1024)));
  host = createHttpHost(app, { log: silentLogger(), limits });
  return host.listen(0, '127.0.0.1');
}

describe('HTTP host limits', () => {
  it('closes clients that drip their headers within the headers timeout, with a 408', async () => {
    const origin = await start({ ...SHORT, maxConnections: 100 });
    const slow = Array.from({ length: 20 }, () => slowHeaders(origin));
    clients.push(...slow);
    const ended = await Promise.all(slow.map((c) => c.ended));
    for (const end of ended) {
      expect(end.afterMs).toBeLessThan(SHORT.headersTimeoutMs + 1000);
      expect(end.answer).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    }
    expect(await answers(`${origin}/health`)).toBe(true);
  });

  it('cuts a body that arrives too slowly at the request timeout, with a 408', async () => {
    const origin = await start();
    const client = slowBody(origin, '/echo');
    clients.push(client);
    const end = await client.ended;
    expect(end.afterMs).toBeGreaterThanOrEqual(SHORT.headersTimeoutMs);
    expect(end.afterMs).toBeLessThan(SHORT.requestTimeoutMs + 1000);
    expect(end.answer).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    expect(end.answer).toContain('"code":"BAD_REQUEST"');
  });

  it('refuses connections beyond the cap, and serves a fresh client once the slow ones are gone', async () => {
    const origin = await start({ ...SHORT, headersTimeoutMs: 1500, requestTimeoutMs: 3000 });
    const held = Array.from({ length: SHORT.maxConnections }, () => slowHeaders(origin));
    clients.push(...held);
    // Every held connection is open once each has been accepted (a byte has gone through).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const extra = silentClient(origin);
    clients.push(extra);
    const refused = await extra.ended;
    expect(refused.afterMs).toBeLessThan(1000);
    expect(refused.answer).toBe('');
    expect(await answers(`${origin}/health`)).toBe(false);
    await Promise.all(held.map((c) => c.ended));
    await expect.poll(() => answers(`${origin}/health`), { timeout: 2000 }).toBe(true);
  });

  it('closes a connection that sends nothing at the headers timeout', async () => {
    const origin = await start();
    const client = silentClient(origin);
    clients.push(client);
    expect((await client.ended).afterMs).toBeLessThan(SHORT.headersTimeoutMs + 1000);
  });

  it('closes a client that stops reading its answer at the idle timeout', async () => {
    const origin = await start({ ...SHORT, requestTimeoutMs: 1000 });
    // Seen from the server: a paused client would not even notice the close.
    const serverSide = new Promise<number>((resolve) =>
      host!.server.once('connection', (socket) => {
        const accepted = performance.now();
        socket.on('close', () => resolve(performance.now() - accepted));
      }),
    );
    const { port } = new URL(origin);
    const socket = net.connect({ host: '127.0.0.1', port: Number(port) });
    socket.on('error', () => undefined);
    socket.write('GET /large HTTP/1.1\r\nHost: localhost\r\n\r\n');
    socket.pause(); // never reads: the 32 MB answer fills the buffers and stops moving
    const afterMs = await serverSide;
    socket.destroy();
    expect(afterMs).toBeGreaterThanOrEqual(SHORT.idleTimeoutMs - 50);
    expect(afterMs).toBeLessThan(SHORT.idleTimeoutMs + 3000);
  });

  it('closes an idle kept-alive connection after the keep-alive timeout', async () => {
    const origin = await start();
    const { port } = new URL(origin);
    const socket = net.connect({ host: '127.0.0.1', port: Number(port) });
    socket.on('error', () => undefined);
    let answer = '';
    let answeredAt = 0;
    socket.on('data', (chunk) => {
      answer += chunk.toString();
      answeredAt = performance.now();
    });
    const closedAt = new Promise<number>((resolve) => socket.on('close', () => resolve(performance.now())));
    socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
    const idleMs = (await closedAt) - answeredAt;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(idleMs).toBeGreaterThanOrEqual(SHORT.keepAliveTimeoutMs - 50);
    // Node keeps the socket up to a second past the advertised keep-alive, for the client to see it closing.
    expect(idleMs).toBeLessThan(SHORT.keepAliveTimeoutMs + 2000);
  });

  it('prints an IPv6 host in brackets', async () => {
    const app = express();
    host = createHttpHost(app, { log: silentLogger() });
    const url = await host.listen(0, '::1', '/graphql').catch(() => undefined);
    if (url === undefined) return; // no IPv6 loopback on this machine
    expect(url).toMatch(/^http:\/\/\[::1\]:\d+\/graphql$/);
  });
});

describe('httpLimitsFromEnv', () => {
  it('defaults to 10 s headers, 30 s request, 5 s keep-alive, 60 s idle, 1024 connections, no drain delay, 10 s to stop', () => {
    expect(httpLimitsFromEnv({})).toEqual(DEFAULT_HTTP_LIMITS);
    expect(DEFAULT_HTTP_LIMITS).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      idleTimeoutMs: 60_000,
      maxConnections: 1024,
      drainDelayMs: 0,
      shutdownTimeoutMs: 10_000,
    });
  });

  it('reads every variable and names a bad one', () => {
    expect(
      httpLimitsFromEnv({
        INTEGRA_HTTP_HEADERS_TIMEOUT_MS: '2000',
        INTEGRA_HTTP_REQUEST_TIMEOUT_MS: '4000',
        INTEGRA_HTTP_KEEP_ALIVE_TIMEOUT_MS: '6000',
        INTEGRA_HTTP_IDLE_TIMEOUT_MS: '8000',
        INTEGRA_HTTP_MAX_CONNECTIONS: '50',
        INTEGRA_DRAIN_DELAY_MS: '5000',
        INTEGRA_SHUTDOWN_TIMEOUT_MS: '20000',
      }),
    ).toEqual({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 4000,
      keepAliveTimeoutMs: 6000,
      idleTimeoutMs: 8000,
      maxConnections: 50,
      drainDelayMs: 5000,
      shutdownTimeoutMs: 20_000,
    });
    expect(() => httpLimitsFromEnv({ INTEGRA_HTTP_MAX_CONNECTIONS: 'lots' })).toThrow(
      /INTEGRA_HTTP_MAX_CONNECTIONS/,
    );
    expect(() => httpLimitsFromEnv({ INTEGRA_SHUTDOWN_TIMEOUT_MS: '0' })).toThrow(
      /INTEGRA_SHUTDOWN_TIMEOUT_MS/,
    );
    expect(() => httpLimitsFromEnv({ INTEGRA_HTTP_REQUEST_TIMEOUT_MS: '0' })).toThrow(
      /INTEGRA_HTTP_REQUEST_TIMEOUT_MS/,
    );
    expect(() =>
      httpLimitsFromEnv({
        INTEGRA_HTTP_HEADERS_TIMEOUT_MS: '20000',
        INTEGRA_HTTP_REQUEST_TIMEOUT_MS: '10000',
      }),
    ).toThrow(/INTEGRA_HTTP_HEADERS_TIMEOUT_MS.*above INTEGRA_HTTP_REQUEST_TIMEOUT_MS/);
  });
});
