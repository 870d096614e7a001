/**
 * Batched requests: a JSON array of operations in one HTTP request. Off by default, because one
 * request could then carry any number of operations past the per-operation limits; refused, a
 * batch answers HTTP 400 with `BAD_REQUEST`.
 */
import type { GatewayPlugin } from '../plugin.js';

export interface BatchingPluginOptions {
  /** Accept a JSON array of operations in one request. @default false */
  readonly allow?: boolean;
}

export function batchingPlugin(options: BatchingPluginOptions = {}): GatewayPlugin {
  return { name: 'batching', server: { allowBatchedHttpRequests: options.allow ?? false } };
}
