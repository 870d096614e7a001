/**
 * The one HTTP host of every Integra process (gateway, subgraphs, registry): Node's server with
 * limits that end slow and idle clients, a cap on open connections, JSON answers for what Node's
 * parser refuses, and one `listen`/`close`. Node's own defaults hold a client that drips its headers
 * for a minute (checked every 30 s), its body for five, and accept any number of connections.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';
import { ConfigError, integerVar, type Env } from '../config.js';
import { graphqlErrorBody, jsonClientErrorHandler, type ErrorBody } from '../httpErrors.js';

/** How long clients may take and how many may be connected at once, per process. */
export interface HttpLimits {
  /** `INTEGRA_HTTP_HEADERS_TIMEOUT_MS`: time to send the request line and headers; then 408 and closed. @default 10000 */
  readonly headersTimeoutMs: number;
  /** `INTEGRA_HTTP_REQUEST_TIMEOUT_MS`: time to send the whole request, body included; then 408 and closed. @default 30000 */
  readonly requestTimeoutMs: number;
  /** `INTEGRA_HTTP_KEEP_ALIVE_TIMEOUT_MS`: how long an idle kept-alive connection waits for its next request. @default 5000 */
  readonly keepAliveTimeoutMs: number;
  /**
   * `INTEGRA_HTTP_IDLE_TIMEOUT_MS`: a connection on which nothing moves either way for this long is
   * closed (a client that stops reading its answer). Above the longest a request may take to answer.
   * @default 60000
   */
  readonly idleTimeoutMs: number;
  /** `INTEGRA_HTTP_MAX_CONNECTIONS`: open connections at once; further ones are closed on arrival. @default 1024 */
  readonly maxConnections: number;
  /**
   * `INTEGRA_DRAIN_DELAY_MS`: on SIGTERM, how long the process still accepts requests after `/ready`
   * turned 503, so that a load balancer stops sending it traffic first. @default 0
   */
  readonly drainDelayMs: number;
  /**
   * `INTEGRA_SHUTDOWN_TIMEOUT_MS`: then, how long requests in flight may take to finish; past it the
   * process exits with 1 anyway. @default 10000
   */
  readonly shutdownTimeoutMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
  maxConnections: 1024,
  drainDelayMs: 0,
  shutdownTimeoutMs: 10_000,
};

/**
 * Reads the `INTEGRA_HTTP_*` variables (the same for every process).
 * @throws {ConfigError} naming the first invalid variable
 */
export function httpLimitsFromEnv(env: Env): HttpLimits {
  const hour = 3_600_000;
  const limits: HttpLimits = {
    headersTimeoutMs: integerVar(
      env,
      'INTEGRA_HTTP_HEADERS_TIMEOUT_MS',
      DEFAULT_HTTP_LIMITS.headersTimeoutMs,
      1,
      hour,
    ),
    requestTimeoutMs: integerVar(
      env,
      'INTEGRA_HTTP_REQUEST_TIMEOUT_MS',
      DEFAULT_HTTP_LIMITS.requestTimeoutMs,
      1,
      hour,
    ),
    keepAliveTimeoutMs: integerVar(
      env,
      'INTEGRA_HTTP_KEEP_ALIVE_TIMEOUT_MS',
      DEFAULT_HTTP_LIMITS.keepAliveTimeoutMs,
      1,
      hour,
    ),
    idleTimeoutMs: integerVar(
      env,
      'INTEGRA_HTTP_IDLE_TIMEOUT_MS',
      DEFAULT_HTTP_LIMITS.idleTimeoutMs,
      1,
      hour,
    ),
    maxConnections: integerVar(
      env,
      'INTEGRA_HTTP_MAX_CONNECTIONS',
      DEFAULT_HTTP_LIMITS.maxConnections,
      1,
      1_000_000,
    ),
    drainDelayMs: integerVar(env, 'INTEGRA_DRAIN_DELAY_MS', DEFAULT_HTTP_LIMITS.drainDelayMs, 0, hour),
    shutdownTimeoutMs: integerVar(
      env,
      'INTEGRA_SHUTDOWN_TIMEOUT_MS',
      DEFAULT_HTTP_LIMITS.shutdownTimeoutMs,
      1,
      hour,
    ),
  };
  // Node refuses a headers timeout longer than the request's (the headers are part of the request).
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError(
      'INTEGRA_HTTP_HEADERS_TIMEOUT_MS',
      `${limits.headersTimeoutMs} is above INTEGRA_HTTP_REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs})`,
    );
  }
  return limits;
}

export interface HttpHostOptions {
  readonly log: Logger;
  /** @default DEFAULT_HTTP_LIMITS */
  readonly limits?: HttpLimits;
  /** The JSON shape of the parser's refusals (408, 431...). @default graphqlErrorBody */
  readonly errorBody?: ErrorBody;
}

export interface HttpHost {
  readonly server: http.Server;
  /**
   * Starts listening; resolves with the URL of `pathname` on the bound port, an IPv6 host in
   * brackets (e.g. `http://[::1]:4000/graphql`).
   * @param pathname @default ''
   */
  listen(port: number, host: string, pathname?: string): Promise<string>;
  /** Stops accepting connections, closes idle ones and waits for the others to finish; safe to call twice. */
  close(): Promise<void>;
}

/** `http://host:port`, with an IPv6 host in brackets. */
export function originOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Creates the HTTP server for `handler` (an express app) with `limits`, without listening. */
export function createHttpHost(handler: http.RequestListener, options: HttpHostOptions): HttpHost {
  const limits = options.limits ?? DEFAULT_HTTP_LIMITS;
  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above only this often (30 s by default): a quarter of the
      // shorter one, so a slow client is closed close to its limit, and at most once a second.
      connectionsCheckingInterval: Math.max(
        25,
        Math.min(1000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)),
      ),
    },
    handler,
  );
  server.maxConnections = limits.maxConnections;
  // Without a 'timeout' listener Node destroys the idle socket, which is what is wanted.
  server.setTimeout(limits.idleTimeoutMs);
  // What Node's parser refuses (headers over 16 KB, bytes that are not HTTP, a request that took too long) is answered in JSON too.
  server.on('clientError', jsonClientErrorHandler(options.log, options.errorBody ?? graphqlErrorBody));
  // One warning per 10 s at most: a flood of refused connections must not become a flood of log lines.
  let dropped = 0;
  let lastWarning = 0;
  server.on('drop', () => {
    dropped++;
    if (Date.now() - lastWarning < 10_000) return;
    lastWarning = Date.now();
    options.log.warn(
      { dropped, maxConnections: limits.maxConnections },
      'connections refused: too many open connections',
    );
    dropped = 0;
  });

  return {
    server,
    listen: (port, host, pathname = '') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(`${originOf(host, (server.address() as AddressInfo).port)}${pathname}`);
        });
      }),
    close: async () => {
      if (!server.listening) return;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
    },
  };
}
