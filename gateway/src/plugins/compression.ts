/**
 * Compresses `/graphql` responses (brotli, gzip or deflate, as the client's `Accept-Encoding`
 * prefers) when they are at least `minBytes` long, with expressjs's `compression` middleware. It
 * is the first `/graphql` middleware, so the refusals of the features after it (401, 413, 400) go
 * through it too; routes such as `/health` and `/metrics` are not compressed.
 *
 * Off by default: between processes on one machine or one rack, compressing costs CPU on both ends
 * and saves nothing worth having. It is meant for clients across real networks (browsers, partners'
 * applications over the internet), where large answers shrink several times over.
 */
import compression from 'compression';
import type { GatewayPlugin } from '../plugin.js';

export interface CompressionPluginOptions {
  /** @default false */
  readonly enabled?: boolean;
  /** Responses shorter than this are sent as they are (a compressed tiny body is often larger). @default 1024 */
  readonly minBytes?: number;
}

export function compressionPlugin(options: CompressionPluginOptions = {}): GatewayPlugin {
  if (!(options.enabled ?? false)) return { name: 'compression' };
  // A client without Accept-Encoding gets identity (the package's default `enforceEncoding`); JSON
  // and `application/graphql-response+json` pass the package's compressible-type filter.
  return { name: 'compression', middleware: [compression({ threshold: options.minBytes ?? 1024 })] };
}
