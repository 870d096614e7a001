/**
 * What a gateway reads of the schema registry, and nothing more: `GET /api/supergraph` with its
 * ETag (a 304 when unchanged), and no recorded traffic policies or trusted documents. For tests
 * and the benchmark that follow a registry without running one; the registry's own tests cover the
 * rest. It checks no credential.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RegistryStandIn {
  /** `http://127.0.0.1:PORT`, for `--registry`. */
  readonly url: string;
  /** Makes `sdl` the current supergraph, as the next version; returns its version number. */
  publish(sdl: string): number;
  /** How many times a version was sent in full (not as a 304). */
  timesSent(version: number): number;
  close(): Promise<void>;
}

/** The other documents a gateway follows, each empty. */
const EMPTY_DOCUMENTS: Readonly<Record<string, string>> = {
  '/api/traffic-policies': '{"policies":{}}',
  '/api/trusted-documents': '{}',
};

export async function startRegistryStandIn(): Promise<RegistryStandIn> {
  let current = { version: 0, id: '', sdl: '' };
  const sent = new Map<number, number>();
  const server = http.createServer((req, res) => {
    const empty = EMPTY_DOCUMENTS[req.url ?? ''];
    if (empty && req.headers['if-none-match'] === '"empty"') return void res.writeHead(304).end();
    if (empty)
      return void res.writeHead(200, { 'content-type': 'application/json', etag: '"empty"' }).end(empty);
    if (req.url !== '/api/supergraph') return void res.writeHead(404).end();
    if (req.headers['if-none-match'] === `"${current.id}"`) return void res.writeHead(304).end();
    sent.set(current.version, (sent.get(current.version) ?? 0) + 1);
    res
      .writeHead(200, { 'content-type': 'application/json', etag: `"${current.id}"` })
      .end(JSON.stringify(current));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    publish(sdl) {
      current = { version: current.version + 1, id: createHash('sha256').update(sdl).digest('hex'), sdl };
      return current.version;
    },
    timesSent: (version) => sent.get(version) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
