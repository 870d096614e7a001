/**
 * Where a process is in its life, as an orchestrator or a load balancer asks it: `GET /health`
 * says it is alive (200 for as long as it runs, so a liveness probe never kills one that is still
 * starting or draining), `GET /ready` whether to send it traffic (200 once it listens and, for the
 * gateway, has a supergraph; 503 while starting and from the moment it starts draining). Every
 * process (gateway, subgraphs, registry) mounts these two routes from here; `serve()` moves the
 * phases.
 */
import type { Request, Response, Router } from 'express';

export type Phase = 'starting' | 'ready' | 'draining';

export interface Lifecycle {
  readonly phase: () => Phase;
  /** Listening: ready, unless draining already. */
  ready(): void;
  /** Stopping: not ready any more, while what is in flight (and what still arrives) is served. */
  drain(): void;
}

/** A lifecycle in `starting`; a process built outside `serve()` (a test) calls `ready()` itself. */
export function createLifecycle(): Lifecycle {
  let phase: Phase = 'starting';
  return {
    phase: () => phase,
    ready() {
      if (phase === 'starting') phase = 'ready';
    },
    drain() {
      phase = 'draining';
    },
  };
}

export interface LifecycleRoutesOptions {
  /** A further condition of readiness (the gateway: a supergraph is loaded). @default always */
  readonly ready?: () => boolean;
  /** What both routes also report (the process's name, its supergraph...). @default none */
  readonly details?: () => Record<string, unknown> | Promise<Record<string, unknown>>;
}

/** Mounts `GET /health` and `GET /ready` on `router`. */
export function lifecycleRoutes(
  router: Router,
  lifecycle: Lifecycle,
  options: LifecycleRoutesOptions = {},
): void {
  const answer = async (res: Response, status: number) => {
    res.set('cache-control', 'no-store');
    res.status(status).json({
      status: status === 200 ? 'ok' : 'unavailable',
      phase: lifecycle.phase(),
      ...(await options.details?.()),
      pid: process.pid,
    });
  };
  router.get('/health', (_req: Request, res: Response) => answer(res, 200));
  router.get('/ready', (_req: Request, res: Response) =>
    answer(res, lifecycle.phase() === 'ready' && (options.ready?.() ?? true) ? 200 : 503),
  );
}
