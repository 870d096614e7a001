/**
 * Cluster mode (`GATEWAY_WORKERS` > 1): the first process becomes a supervisor that forks the
 * workers with node:cluster and serves nothing itself (it loads neither the gateway's modules nor
 * the supergraph). Each worker is a whole gateway (`main.ts` again, same arguments and
 * environment); they share the listening port, and the primary hands each new connection to the
 * next worker in turn (Node's round-robin scheduling, its default outside Windows).
 *
 * The primary replaces a worker that exits unless it asked it to (after a growing delay), gives
 * up when workers die in a loop, forwards SIGINT/SIGTERM to the workers, which drain and exit as
 * a lone gateway does, and returns once every worker has stopped.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../../lib/log.js';
import { originOf } from '../../lib/http/server.js';

export interface RestartPolicyOptions {
  /** Delay before replacing a worker when it is the only exit in the window; doubles with each further exit. @default 500 */
  readonly baseDelayMs?: number;
  /** The longest delay before a replacement. @default 15000 */
  readonly maxDelayMs?: number;
  /** More unexpected exits than this within `windowMs` is a crash loop: give up. @default 5 */
  readonly maxExits?: number;
  /** @default 60000 */
  readonly windowMs?: number;
}

export type RestartDecision =
  | { readonly action: 'restart'; readonly delayMs: number; readonly recentExits: number }
  | { readonly action: 'give-up'; readonly recentExits: number; readonly windowMs: number };

/**
 * When to replace a worker that died: after `baseDelayMs × 2^(n-1)` (capped), where n counts the
 * unexpected exits of the last `windowMs`; past `maxExits` of them, never (a crash loop would only
 * burn CPU and fill logs: better to fail loudly and let the process supervisor decide).
 */
export function restartPolicy(options: RestartPolicyOptions = {}): { onExit(now: number): RestartDecision } {
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 15_000;
  const maxExits = options.maxExits ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  const exits: number[] = [];
  return {
    onExit(now) {
      exits.push(now);
      while (exits.length > 0 && (exits[0] ?? now) <= now - windowMs) exits.shift();
      const recentExits = exits.length;
      if (recentExits > maxExits) return { action: 'give-up', recentExits, windowMs };
      return {
        action: 'restart',
        delayMs: Math.min(maxDelayMs, baseDelayMs * 2 ** (recentExits - 1)),
        recentExits,
      };
    },
  };
}

export interface PrimaryOptions {
  /** How many workers to keep running (at least 2; one is a lone gateway, without a primary). */
  readonly workers: number;
  readonly log: Logger;
  /** @default restartPolicy's defaults, with `maxExits` at least twice the number of workers */
  readonly restart?: RestartPolicyOptions;
  /** How long workers may take to drain after a stop signal before they are killed. @default 30000 */
  readonly stopTimeoutMs?: number;
}

type PrimaryState =
  | { readonly phase: 'running' }
  | {
      readonly phase: 'stopping';
      readonly signal: NodeJS.Signals;
      readonly reason: 'signal' | 'crash-loop';
      clean: boolean;
    };

/**
 * Runs the cluster's primary until every worker has stopped.
 * @returns the process's exit code: 0 when every worker stopped cleanly on a signal, 1 otherwise
 */
export function runPrimary(options: PrimaryOptions): Promise<number> {
  const { log, workers } = options;
  const policy = restartPolicy({
    ...options.restart,
    maxExits: options.restart?.maxExits ?? Math.max(5, 2 * workers),
  });
  const stopTimeoutMs = options.stopTimeoutMs ?? 30_000;
  let state: PrimaryState = { phase: 'running' };
  const restarts = new Set<NodeJS.Timeout>();
  let killTimer: NodeJS.Timeout | undefined;
  let announced = false;
  // Our own list: node:cluster keeps a dead worker in `cluster.workers` until its IPC channel closes.
  const running = new Set<Worker>();
  const listening = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    running.add(worker);
    log.info({ worker: worker.id, pid: worker.process.pid }, 'worker started');
  };

  return new Promise((resolve) => {
    const finish = () => {
      if (state.phase !== 'stopping') return;
      clearTimeout(killTimer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      cluster.off('listening', onListening);
      cluster.off('exit', onExit);
      const code = state.reason === 'signal' && state.clean ? 0 : 1;
      log.info({ code }, 'gateway cluster stopped');
      resolve(code);
    };

    const stopAll = (signal: NodeJS.Signals, reason: 'signal' | 'crash-loop') => {
      state = { phase: 'stopping', signal, reason, clean: true };
      for (const timer of restarts) clearTimeout(timer);
      restarts.clear();
      // Each worker drains its connections and exits, as a lone gateway does on the same signal.
      for (const worker of running) worker.process.kill(signal);
      killTimer = setTimeout(() => {
        log.error({ stopTimeoutMs }, 'workers did not stop in time: killing them');
        for (const worker of running) worker.process.kill('SIGKILL');
      }, stopTimeoutMs);
      if (running.size === 0) finish();
    };

    function onSignal(signal: NodeJS.Signals) {
      if (state.phase === 'stopping') {
        log.warn({ signal }, 'second signal while stopping: killing the workers now');
        state.clean = false;
        for (const worker of running) worker.process.kill('SIGKILL');
        return;
      }
      log.info({ signal, workers: running.size }, 'gateway cluster stopping');
      stopAll(signal, 'signal');
    }

    function onListening(worker: Worker, address: { address: string; port: number }) {
      log.info({ worker: worker.id, pid: worker.process.pid }, 'worker listening');
      listening.add(worker);
      if (!announced && listening.size >= workers) {
        announced = true;
        log.info(
          { workers },
          `gateway listening on ${originOf(address.address, address.port)}/graphql with ${workers} workers`,
        );
      }
    }

    function onExit(worker: Worker, code: number | null, signal: NodeJS.Signals | null) {
      const exit = { worker: worker.id, pid: worker.process.pid, code, signal };
      running.delete(worker);
      listening.delete(worker);
      if (state.phase === 'stopping') {
        // A worker the forwarded signal ended before it could handle it had not started serving.
        const clean = code === 0 || signal === state.signal;
        if (!clean) state.clean = false;
        log[clean ? 'info' : 'warn'](exit, clean ? 'worker stopped' : 'worker did not stop cleanly');
        if (running.size === 0) finish();
        return;
      }
      const decision = policy.onExit(Date.now());
      if (decision.action === 'give-up') {
        log.fatal(
          { ...exit, recentExits: decision.recentExits },
          `GATEWAY WORKERS ARE CRASHING IN A LOOP (${decision.recentExits} unexpected exits within ${decision.windowMs / 1000} s): giving up, stopping the other workers`,
        );
        stopAll('SIGTERM', 'crash-loop');
        return;
      }
      log.error(
        { ...exit, restartInMs: decision.delayMs, recentExits: decision.recentExits },
        'worker exited unexpectedly: replacing it',
      );
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (state.phase === 'running') fork();
      }, decision.delayMs);
      restarts.add(timer);
    }

    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    cluster.on('listening', onListening);
    cluster.on('exit', onExit);
    log.info({ workers, pid: process.pid }, `gateway cluster starting ${workers} workers`);
    for (let i = 0; i < workers; i++) fork();
  });
}
