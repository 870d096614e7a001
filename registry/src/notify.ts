/**
 * Announces every new supergraph on Redis: `PUBLISH integra:supergraph <version>`. Gateways
 * subscribe to `SUPERGRAPH_CHANNEL` (exported here, and written only in lib/supergraphChannel.ts,
 * which both sides import) and fetch the new supergraph at once. Redis is a shortcut, not a dependency: gateways also poll, so
 * a Redis that is down is logged and the change it would have announced stands.
 */
import { createClient } from '@redis/client';
import type { Logger } from '../../lib/log.js';
import { SUPERGRAPH_CHANNEL } from '../../lib/supergraphChannel.js';
import type { NotifyConfig } from './config.js';

/** The Redis channel new supergraph versions are published on; the message is the version number. */
export { SUPERGRAPH_CHANNEL };

/** Where new supergraph versions are announced. */
export interface Notifier {
  /** Announces a new supergraph version. Never throws: a failure is logged. */
  announce(version: number): Promise<void>;
  dispose(): Promise<void>;
}

export interface NotifierOptions {
  readonly log: Logger;
  /** How long the first announcement waits for the first connection. @default 1000 */
  readonly connectTimeoutMs?: number;
}

const NO_NOTIFIER: Notifier = { announce: async () => undefined, dispose: async () => undefined };

/** Errors are logged at most once per `intervalMs`, so a Redis outage does not flood the log. */
function throttled(log: Logger, intervalMs = 30_000): (error: unknown) => void {
  let last = 0;
  return (error) => {
    if (Date.now() - last < intervalMs) return;
    last = Date.now();
    log.warn({ err: error }, 'Redis unavailable: new supergraphs are not announced (gateways still poll)');
  };
}

/** A notifier for `config`: Redis, or nothing (gateways poll). Connects in the background. */
export function createNotifier(config: NotifyConfig, options: NotifierOptions): Notifier {
  if (config.kind === 'none') return NO_NOTIFIER;
  const { log } = options;
  const timeoutMs = options.connectTimeoutMs ?? 1000;
  const client = createClient({
    url: config.url,
    // Fail at once while disconnected instead of queueing announcements nobody will want later.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: timeoutMs,
      reconnectStrategy: (attempt: number) => Math.min(100 * 2 ** attempt, 5000),
    },
  });
  client.on('error', throttled(log));
  // Connects in the background and keeps trying; the registry starts whether or not Redis is up.
  const connecting = client.connect().then(
    () => undefined,
    (error: unknown) => log.warn({ err: error }, 'Redis connection given up'),
  );
  let waited = false;

  return {
    async announce(version) {
      if (!client.isReady && !waited) {
        waited = true;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          connecting,
          new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
        ]);
        clearTimeout(timer);
      }
      if (!client.isReady) {
        log.warn(
          { version, channel: SUPERGRAPH_CHANNEL },
          'supergraph not announced: Redis is not connected',
        );
        return;
      }
      try {
        const receivers = await client.publish(SUPERGRAPH_CHANNEL, String(version));
        log.info({ version, channel: SUPERGRAPH_CHANNEL, receivers }, 'supergraph announced');
      } catch (error) {
        log.warn({ err: error, version, channel: SUPERGRAPH_CHANNEL }, 'supergraph not announced');
      }
    },
    async dispose() {
      client.destroy();
      await connecting;
    },
  };
}
