/**
 * Listening to the registry's announcements of new supergraphs on Redis pub/sub. A lost connection
 * is retried by the client; meanwhile the gateway's polling still finds new versions.
 */
import { createClient } from '@redis/client';
import type { Logger } from '../../../lib/log.js';
import { SUPERGRAPH_CHANNEL } from '../../../lib/supergraphChannel.js';

export interface Subscription {
  close(): Promise<void>;
}

/** Calls `onAnnouncement` for every announcement; resolves once subscribed (or, if Redis is down, at once). */
export async function subscribeToAnnouncements(
  redisUrl: string,
  onAnnouncement: () => void,
  log: Logger,
): Promise<Subscription> {
  const client = createClient({
    url: redisUrl,
    socket: { reconnectStrategy: (retries) => Math.min(1000 * 2 ** retries, 30_000) },
  });
  client.on('error', (error: Error) =>
    log.warn({ reason: error.message }, 'Redis announcements unavailable; polling continues'),
  );
  try {
    await client.connect();
    await client.subscribe(SUPERGRAPH_CHANNEL, () => onAnnouncement());
    log.info({ channel: SUPERGRAPH_CHANNEL }, 'listening for supergraph announcements');
  } catch (error) {
    log.warn(
      { reason: (error as Error).message },
      'cannot subscribe to supergraph announcements; polling only',
    );
  }
  return {
    async close() {
      await client.close().catch(() => client.destroy());
    },
  };
}
