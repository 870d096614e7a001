/**
 * Follows one JSON document of the schema registry (the trusted list, `GET /api/trusted-documents`)
 * by polling it with `If-None-Match`, as the supergraph is followed: an unchanged document costs a
 * bodiless 304. Each request carries the gateway's assertion (the registry's reads are not public).
 * The first read happens at once; a registry that does not answer, or answers something the
 * caller refuses, leaves the document the caller holds as it is (logged), and the next poll tries
 * again. Reads never overlap.
 */
import { request } from 'undici';
import { ASSERTION_HEADER } from '../../../lib/auth/assertion.js';
import type { Logger } from '../../../lib/log.js';

export interface RegistryFollowerOptions {
  /** The registry's base URL, e.g. `http://127.0.0.1:4100`. */
  readonly registryUrl: string;
  /** The document's path, e.g. `/api/trusted-documents`. */
  readonly path: string;
  readonly pollIntervalMs: number;
  /** The gateway's assertion for the registry. @default none (a registry with public reads) */
  readonly assertion?: () => Promise<string>;
  /** @default 5000 */
  readonly timeoutMs?: number;
  readonly log: Logger;
  /** Takes a new version of the document; throws to refuse it (the ETag is then not remembered). */
  readonly onChange: (body: unknown) => void;
}

export interface RegistryFollower {
  /** Settles when the first read is done, whatever its outcome. */
  readonly ready: Promise<void>;
  /** Stops polling; waits for a read in flight. */
  dispose(): Promise<void>;
}

export function followRegistryDocument(options: RegistryFollowerOptions): RegistryFollower {
  const url = new URL(options.path, options.registryUrl).toString();
  const timeout = options.timeoutMs ?? 5000;
  let etag: string | undefined;

  const read = async (): Promise<void> => {
    const response = await request(url, {
      headers: {
        accept: 'application/json',
        ...(etag ? { 'if-none-match': etag } : {}),
        ...(options.assertion ? { [ASSERTION_HEADER]: await options.assertion() } : {}),
      },
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    if (response.statusCode === 304) {
      await response.body.dump();
      return;
    }
    if (response.statusCode !== 200) {
      await response.body.dump();
      throw new Error(`the registry at ${url} answered HTTP ${response.statusCode}`);
    }
    const body: unknown = await response.body.json();
    options.onChange(body);
    const tag = response.headers['etag'];
    etag = typeof tag === 'string' ? tag : undefined;
  };
  const check = async (): Promise<void> => {
    if (state.phase === 'stopped') return;
    try {
      await read();
    } catch (error) {
      options.log.warn(
        { registry: url, reason: (error as Error).message },
        'registry document not read; keeping the one held',
      );
    }
  };

  let checking: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    checking = checking.then(check);
  }, options.pollIntervalMs);
  timer.unref();
  let state: { phase: 'following'; timer: NodeJS.Timeout } | { phase: 'stopped' } = {
    phase: 'following',
    timer,
  };
  checking = check();
  return {
    ready: checking,
    async dispose() {
      if (state.phase === 'following') clearInterval(state.timer);
      state = { phase: 'stopped' };
      await checking;
    },
  };
}
