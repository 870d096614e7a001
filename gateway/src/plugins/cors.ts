/**
 * Cross-origin browser access (CORS) to `/graphql` and `/schema.graphql`, with the `cors` package:
 * an origin on the allow-list (and, in development, any `localhost`, `127.0.0.1` or `[::1]` origin)
 * gets `Access-Control-Allow-Origin` naming it, and its preflight a 204 with the methods, headers
 * and `max-age` below, before any other feature or Apollo Server sees it. Any other origin gets no
 * CORS header at all, so the browser keeps the answer from the page. Credentials (cookies, HTTP
 * auth) only when configured: the graph's callers authenticate with bearer tokens. CSRF prevention
 * (`csrf.ts`) stays on: CORS decides who may read an answer, not who may send a request.
 */
import cors from 'cors';
import type { RequestHandler } from 'express';
import type { GatewayPlugin } from '../plugin.js';
import { SUPERGRAPH_VERSION_HEADER } from './supergraphVersion.js';

export interface CorsConfig {
  /** Exact origins allowed (`https://portal.example.it`). */
  readonly origins: readonly string[];
  /** Also allow any `http(s)://localhost`, `127.0.0.1` or `[::1]` origin, on any port (development). */
  readonly localhost: boolean;
  /** `Access-Control-Allow-Credentials: true`. */
  readonly credentials: boolean;
  /** How long a browser may keep a preflight's answer. */
  readonly maxAgeSeconds: number;
}

/** The paths a browser on another origin may call. */
export const CORS_PATHS = ['/graphql', '/schema.graphql'];

/** What a page may send: its body type, its token, Apollo's CSRF headers, its language and request id. */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'accept-language',
  'x-request-id',
];

/** What a page may read besides the safelisted headers: the request id, cache age and rules, the supergraph's version. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'age', 'cache-control', SUPERGRAPH_VERSION_HEADER];

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether `origin` (the request's `Origin` header) is allowed. Compared whole, never by prefix or
 * suffix: `http://localhost.evil.example` and `http://127.0.0.1.evil.example` are other hosts, and
 * `null` (sandboxed frames, `file:` pages) is no origin.
 */
export function isAllowedOrigin(config: CorsConfig, origin: string): boolean {
  if (config.origins.includes(origin)) return true;
  if (!config.localhost || !URL.canParse(origin)) return false;
  const url = new URL(origin);
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.origin === origin &&
    LOOPBACK_HOSTS.has(url.hostname)
  );
}

export function corsPlugin(config: CorsConfig): GatewayPlugin {
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && isAllowedOrigin(config, origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: config.credentials,
    maxAge: config.maxAgeSeconds,
    optionsSuccessStatus: 204,
  });
  const handlers: RequestHandler[] = [
    (_req, res, next) => {
      // Answers differ by origin (with or without CORS headers): a shared cache must keep them apart.
      res.vary('Origin');
      next();
    },
    middleware,
    // An OPTIONS the middleware did not answer (no origin, or one not allowed) is no GraphQL
    // request either: answered here, without CORS headers, so the browser refuses the call.
    (req, res, next) => {
      if (req.method !== 'OPTIONS') return next();
      res.set('allow', 'GET, POST, OPTIONS').status(204).end();
    },
  ];
  return {
    name: 'cors',
    routes: (app) => app.use(CORS_PATHS, ...handlers),
    apollo: {
      // Apollo Server writes its own `Vary` over the one set above; add `Origin` back to it.
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            const current = response.http.headers.get('vary');
            if (
              !current
                ?.toLowerCase()
                .split(/\s*,\s*/)
                .includes('origin')
            )
              response.http.headers.set('vary', current ? `${current}, Origin` : 'Origin');
          },
        };
      },
    },
  };
}
