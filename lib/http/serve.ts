/**
 * The one life of every Integra process (gateway, subgraphs, registry): build, listen, say where
 * (`/ready` turns 200), and on SIGINT or SIGTERM drain: `/ready` turns 503, requests are still
 * accepted for the drain delay (a load balancer stops sending traffic meanwhile), then the process
 * stops listening, lets what is in flight finish within the shutdown timeout, closes what it
 * opened, and exits. A process that cannot start logs why, closes what it had opened and exits
 * with 1.
 */
import type { Logger } from '../log.js';
import { createLifecycle, type Lifecycle } from './lifecycle.js';

/** Something the process opened and must close on its way out (a database, a fetcher's connections). */
export interface Disposable {
  dispose(): Promise<void>;
}

/** A built server: the gateway, a subgraph, the registry. */
export interface Listener extends Disposable {
  /** Starts listening; resolves with the URL to print (an IPv6 host in brackets, `lib/http/server.ts`). */
  listen(port: number, host: string): Promise<string>;
}

export interface ServeOptions {
  /** The process's name in its log lines: `gateway`, `registry`, a subgraph's name. */
  readonly name: string;
  readonly log: Logger;
  readonly port: number;
  readonly host: string;
  /** Logged with the listening line (the configuration worth seeing at a glance). @default {} */
  readonly details?: Readonly<Record<string, unknown>>;
  /** When the process began, for `startupMs`. @default when `serve` was called */
  readonly startedAt?: number;
  /**
   * A second signal while stopping: `exit` at once with 1 (an operator insists), or `ignore` it (a
   * supervisor that forwards the same stop, as the gateway's cluster primary does to its workers).
   * @default 'exit'
   */
  readonly secondSignal?: 'exit' | 'ignore';
  /** `INTEGRA_DRAIN_DELAY_MS` and `INTEGRA_SHUTDOWN_TIMEOUT_MS` (`HttpLimits`). @default 0 and 10000 */
  readonly shutdown?: { readonly drainDelayMs: number; readonly shutdownTimeoutMs: number };
}

/**
 * Runs `start` (which hands what it opens to `opened`, closed last-opened first after the server,
 * and mounts `/health` and `/ready` from `lifecycle`), listens, and drains on SIGINT/SIGTERM.
 * Resolves once listening; the process then exits on a signal, with 0 when everything closed in
 * time and 1 otherwise.
 */
export async function serve(
  options: ServeOptions,
  start: (opened: (resource: Disposable) => void, lifecycle: Lifecycle) => Promise<Listener>,
): Promise<void> {
  const { name, log } = options;
  const { drainDelayMs, shutdownTimeoutMs } = options.shutdown ?? {
    drainDelayMs: 0,
    shutdownTimeoutMs: 10_000,
  };
  const lifecycle = createLifecycle();
  const startedAt = options.startedAt ?? Date.now();
  const resources: Disposable[] = [];
  const closeResources = async () => {
    for (const resource of resources.splice(0).reverse()) await resource.dispose();
  };

  let server: Listener;
  let url: string;
  try {
    server = await start((resource) => void resources.push(resource), lifecycle);
    url = await server.listen(options.port, options.host);
    lifecycle.ready();
  } catch (error) {
    log.fatal({ err: error }, `${name} failed to start`);
    await closeResources().catch((closing: unknown) =>
      log.error({ err: closing }, `${name} did not close what it had opened`),
    );
    process.exit(1);
  }
  log.info({ url, startupMs: Date.now() - startedAt, ...options.details }, `${name} listening on ${url}`);

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      if (options.secondSignal === 'ignore') return;
      log.warn({ signal }, `second signal while stopping: ${name} exits now`);
      process.exit(1);
    }
    stopping = true;
    lifecycle.drain();
    log.info({ signal, drainDelayMs, shutdownTimeoutMs }, `${name} draining: /ready answers 503`);
    if (drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, drainDelayMs));
    const deadline = setTimeout(() => {
      log.error(`${name}: requests still in flight after ${shutdownTimeoutMs} ms; exiting`);
      process.exit(1);
    }, shutdownTimeoutMs);
    try {
      await server.dispose();
      await closeResources();
      clearTimeout(deadline);
      log.info(`${name} stopped`);
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, `${name} did not stop cleanly`);
      process.exit(1);
    }
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}
