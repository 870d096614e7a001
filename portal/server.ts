/**
 * Serves the built Portal (portal/dist): its files, `/config.json` telling the page where the
 * gateway is, and `index.html` for every page's address (the router draws it). A Content Security
 * Policy lets the page load only its own files and call only the gateway.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';

export const portalRoot = path.dirname(fileURLToPath(import.meta.url));
export const portalDist = path.join(portalRoot, 'dist');

export interface PortalOptions {
  /** The gateway's GraphQL endpoint the page calls, e.g. `http://127.0.0.1:4000/graphql`. */
  readonly gatewayUrl: string;
  readonly port: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
}

export interface RunningPortal {
  readonly url: string;
  close(): Promise<void>;
}

function policy(gatewayUrl: string): string {
  const gateway = new URL(gatewayUrl).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    // design-react-kit's components set inline style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${gateway}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Starts serving the Portal; resolves once it listens. */
export async function startPortal(options: PortalOptions): Promise<RunningPortal> {
  const app = express();
  app.disable('x-powered-by');
  const csp = policy(options.gatewayUrl);
  app.use((_request, response, next) => {
    response.setHeader('content-security-policy', csp);
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  app.get('/config.json', (_request, response) => {
    response.setHeader('cache-control', 'no-store');
    response.json({ gatewayUrl: options.gatewayUrl });
  });
  // Hashed file names: kept a year; index.html: always asked again.
  app.use(
    '/assets',
    express.static(path.join(portalDist, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  app.use(express.static(portalDist, { index: false, maxAge: 0 }));
  app.get(/.*/, (_request, response) => {
    response.setHeader('cache-control', 'no-cache');
    response.sendFile(path.join(portalDist, 'index.html'));
  });
  const server: Server = createServer(app);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
