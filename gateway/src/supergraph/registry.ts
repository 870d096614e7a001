/**
 * The supergraph from the schema registry, followed as partners publish. The gateway loads the
 * registry's current supergraph at start (waiting for the registry up to `startTimeoutMs`), then
 * learns of new versions from Redis (`integra:supergraph` announcements, when `REDIS_URL` is set)
 * and by polling, and swaps to each with Apollo Gateway's `update`: requests in flight finish on
 * the supergraph they started with, new ones get the new one, none fails. A supergraph that does
 * not load (Apollo refuses it) never replaces the one served: it is logged and not tried again.
 * Checks never overlap, and a version older than the one served is ignored, so replicas converge
 * on the newest.
 */
import type { SupergraphManager } from '@apollo/gateway';
import type { Logger } from '../../../lib/log.js';
import type { SupergraphSource } from '../config.js';
import type { SupergraphProvider, SupergraphProviderOptions } from './index.js';
import { subscribeToAnnouncements, type Subscription } from './announcements.js';
import { registryClient, type RegistryClient, type RegistrySupergraph } from './registryClient.js';

type RegistrySource = Extract<SupergraphSource, { kind: 'registry' }>;

async function firstSupergraph(
  source: RegistrySource,
  client: RegistryClient,
  log: Logger,
): Promise<RegistrySupergraph> {
  const deadline = Date.now() + source.startTimeoutMs;
  for (;;) {
    try {
      const supergraph = await client.current();
      if (supergraph) return supergraph;
    } catch (error) {
      if (Date.now() >= deadline) {
        throw new Error(
          `Cannot load the supergraph from the registry at ${source.url}: ${(error as Error).message}`,
          { cause: error },
        );
      }
      log.warn(
        { registry: source.url, reason: (error as Error).message },
        'registry not answering yet; retrying',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export function registrySupergraphManager(
  source: RegistrySource,
  { prepare, log, registryAssertion, beforeSwap }: SupergraphProviderOptions,
): SupergraphProvider {
  const client = registryClient(source.url, { assertion: registryAssertion });
  let served: RegistrySupergraph | undefined;
  const refused = new Set<string>();
  let state:
    | { phase: 'idle' }
    | { phase: 'following'; timer: NodeJS.Timeout; subscription: Subscription | undefined }
    | { phase: 'stopped' } = {
    phase: 'idle',
  };
  const stopped = () => state.phase === 'stopped';

  const manager: SupergraphManager = {
    async initialize({ update }) {
      const first = await firstSupergraph(source, client, log);
      served = first;
      log.info({ registry: source.url, version: first.version }, 'supergraph loaded from the registry');
      // Before any check can run: Apollo takes this one when `initialize` returns.
      const firstPrepared = prepare(first.sdl);
      await beforeSwap?.(firstPrepared);

      let checking: Promise<void> = Promise.resolve();
      const check = async (reason: string) => {
        if (state.phase === 'stopped' || !served) return;
        let next: RegistrySupergraph | undefined;
        try {
          next = await client.current(served.id);
        } catch (error) {
          log.warn(
            { registry: source.url, reason: (error as Error).message },
            'registry unreachable; keeping the supergraph served',
          );
          return;
        }
        if (!next || next.version <= served.version || refused.has(next.id)) return;
        const prepared = prepare(next.sdl);
        // Work on it (warm plans) while the one served still answers; the swap itself is synchronous.
        await beforeSwap?.(prepared);
        if (stopped()) return;
        try {
          const swapStarted = performance.now();
          update(prepared);
          log.info(
            {
              from: served.version,
              to: next.version,
              reason,
              // Apollo swaps synchronously: requests wait this long (building, planner, every schemaDidLoadOrUpdate).
              swapMs: Math.round(performance.now() - swapStarted),
            },
            'supergraph updated from the registry',
          );
          served = next;
        } catch (error) {
          refused.add(next.id);
          log.error(
            { err: error, version: next.version, kept: served.version },
            "the registry's new supergraph does not load; keeping the one served",
          );
        }
      };
      // One check at a time, in order: a burst of announcements and polls becomes a queue of cheap 304s.
      const queue = (reason: string) => {
        checking = checking.then(() => check(reason));
        return checking;
      };
      const timer = setInterval(() => void queue('poll'), source.pollIntervalMs);
      timer.unref();
      const subscription = source.redisUrl
        ? await subscribeToAnnouncements(source.redisUrl, () => void queue('announcement'), log)
        : undefined;
      state = { phase: 'following', timer, subscription };
      return {
        supergraphSdl: firstPrepared,
        cleanup: async () => {
          if (state.phase === 'following') {
            clearInterval(state.timer);
            await state.subscription?.close();
          }
          state = { phase: 'stopped' };
          await checking;
        },
      };
    },
  };
  return {
    manager,
    served: () => ({ source: 'registry', url: source.url, version: served?.version, id: served?.id }),
  };
}
